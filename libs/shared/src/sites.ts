import { z } from 'zod';
import {
  isoDateSchema,
  localTimeSchema,
  multiLineTextSchema,
  singleLineTextSchema,
  timezoneSchema,
} from './common';
import { planPositionSchema } from './floor-plans';

/** Public holidays close a site; the region picks the calendar (date-holidays codes). */
export const holidayRegionSchema = z.enum(
  ['FR', 'FR-57', 'FR-67', 'FR-68', 'GP', 'MQ', 'GF', 'RE', 'YT'],
  { message: 'Région de jours fériés inconnue.' },
);
export type HolidayRegion = z.infer<typeof holidayRegionSchema>;

export const holidayRegionLabels: Record<HolidayRegion, string> = {
  FR: 'France métropolitaine',
  'FR-57': 'Moselle (Alsace-Moselle)',
  'FR-67': 'Bas-Rhin (Alsace-Moselle)',
  'FR-68': 'Haut-Rhin (Alsace-Moselle)',
  GP: 'Guadeloupe',
  MQ: 'Martinique',
  GF: 'Guyane',
  RE: 'La Réunion',
  YT: 'Mayotte',
};

export const siteSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  address: z.string(),
  timezone: z.string(),
  description: z.string(),
  accessInfo: z.string(),
  wifiInfo: z.string(),
  holidayRegion: holidayRegionSchema,
  /** Key holders may book until this site-local time; null = no extended hours. */
  extendedClosesAt: localTimeSchema.nullable(),
  /** Shown on the idle screen of the site's kiosks ('' = none). */
  kioskMessage: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: "L'identifiant court ne contient que des minuscules, chiffres et tirets.",
  })
  .max(60);

const siteFields = z.object({
  name: singleLineTextSchema
    .trim()
    .min(2, { message: 'Le nom doit faire au moins 2 caractères.' })
    .max(120),
  slug: slugSchema,
  address: multiLineTextSchema.trim().min(1, { message: "L'adresse est obligatoire." }).max(300),
  timezone: timezoneSchema,
  description: multiLineTextSchema.max(2000),
  accessInfo: multiLineTextSchema.max(2000),
  wifiInfo: multiLineTextSchema.max(500),
  holidayRegion: holidayRegionSchema,
  extendedClosesAt: localTimeSchema.nullable(),
  kioskMessage: singleLineTextSchema
    .trim()
    .max(280, { message: 'Le message des bornes fait au plus 280 caractères.' }),
});

export const createSiteSchema = siteFields.extend({
  timezone: siteFields.shape.timezone.default('Europe/Paris'),
  description: siteFields.shape.description.default(''),
  accessInfo: siteFields.shape.accessInfo.default(''),
  wifiInfo: siteFields.shape.wifiInfo.default(''),
  holidayRegion: holidayRegionSchema.default('FR'),
  extendedClosesAt: siteFields.shape.extendedClosesAt.default(null),
  kioskMessage: siteFields.shape.kioskMessage.default(''),
});
export type CreateSite = z.infer<typeof createSiteSchema>;

// Built from the fields without defaults: a PATCH must not reset what it does not mention.
// A change of timezone, holiday region or extended hours moves the site's hours: like a change
// of hours, it answers 409 with the bookings it would cancel until sent with `confirm: true`.
export const updateSiteSchema = siteFields
  .partial()
  .extend({ confirm: z.boolean().default(false) });
export type UpdateSite = z.infer<typeof updateSiteSchema>;

export const deskAttributeSchema = z.enum(['screen', 'standing', 'quiet', 'step_free']);
export type DeskAttribute = z.infer<typeof deskAttributeSchema>;

export const deskAttributeLabels: Record<DeskAttribute, string> = {
  screen: 'Écran',
  standing: 'Assis-debout',
  quiet: 'Zone calme',
  step_free: 'Accès de plain-pied',
};

export const deskSchema = z.object({
  id: z.uuid(),
  siteId: z.uuid(),
  label: z.string(),
  zone: z.string(),
  attributes: z.array(deskAttributeSchema),
  isActive: z.boolean(),
  /** A blocked desk: only this person may book it. */
  assignedUserId: z.uuid().nullable(),
  /** Where the desk sits on its zone's plan; null when not placed. */
  planPosition: planPositionSchema.nullable(),
});
export type Desk = z.infer<typeof deskSchema>;

export const createDeskSchema = z.object({
  label: singleLineTextSchema.trim().min(1, { message: 'Le libellé est obligatoire.' }).max(40),
  zone: singleLineTextSchema.trim().min(1, { message: 'La zone est obligatoire.' }).max(80),
  attributes: z.array(deskAttributeSchema).default([]),
  isActive: z.boolean().default(true),
});
export type CreateDesk = z.infer<typeof createDeskSchema>;

export const updateDeskSchema = z
  .object({
    label: createDeskSchema.shape.label,
    zone: createDeskSchema.shape.zone,
    attributes: z.array(deskAttributeSchema),
    isActive: z.boolean(),
  })
  .partial()
  // Deactivating a desk cancels its future bookings: 409 with their list until `confirm: true`.
  .extend({ confirm: z.boolean({ message: 'confirm vaut true ou false.' }).default(false) });
export type UpdateDesk = z.infer<typeof updateDeskSchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().int().min(1).max(7);

const timeRangeRefinement = <T extends { opensAt: string; closesAt: string }>(value: T) =>
  value.opensAt < value.closesAt;
const timeRangeMessage = { message: "L'heure d'ouverture doit précéder l'heure de fermeture." };

export const weeklyOpeningSchema = z
  .object({ weekday: weekdaySchema, opensAt: localTimeSchema, closesAt: localTimeSchema })
  .refine(timeRangeRefinement, timeRangeMessage);
export type WeeklyOpening = z.infer<typeof weeklyOpeningSchema>;

/** `true` once the host has seen the bookings a change of hours cancels (see 409 below). */
const confirmField = z.boolean().default(false);

const openingExceptionFields = z.object({
  isClosed: z.boolean(),
  opensAt: localTimeSchema.nullable().default(null),
  closesAt: localTimeSchema.nullable().default(null),
  reason: singleLineTextSchema.trim().max(200).default(''),
});

const withExceptionRules = <T extends z.ZodType<z.output<typeof openingExceptionFields>>>(
  schema: T,
) =>
  schema
    .refine((value) => value.isClosed || (value.opensAt !== null && value.closesAt !== null), {
      message: "Une ouverture exceptionnelle indique l'heure d'ouverture et de fermeture.",
    })
    .refine((value) => value.isClosed || value.opensAt! < value.closesAt!, timeRangeMessage);

/** Body of `PUT …/opening-hours/exceptions/:date`: closed that day, or special hours. */
export const openingExceptionInputSchema = withExceptionRules(
  openingExceptionFields.extend({ confirm: confirmField }),
);
export type OpeningExceptionInput = z.infer<typeof openingExceptionInputSchema>;

export const openingExceptionSchema = withExceptionRules(
  openingExceptionFields.extend({ date: isoDateSchema }),
);
export type OpeningException = z.infer<typeof openingExceptionSchema>;

export const publicHolidaySchema = z.object({ date: isoDateSchema, name: z.string() });
export type PublicHoliday = z.infer<typeof publicHolidaySchema>;

export const openingHoursSchema = z.object({
  /** Several ranges per weekday are allowed (e.g. 09:00–12:30 and 13:30–19:00). */
  weekly: z.array(weeklyOpeningSchema),
  exceptions: z.array(openingExceptionSchema),
  /** The public holidays of the site's region in the coming year: closed unless an exception opens them. */
  upcomingHolidays: z.array(publicHolidaySchema),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const weekdayNames = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];

/** The first pair of ranges of one weekday that overlap, if any. */
export function findOverlappingRanges(
  ranges: WeeklyOpening[],
): [WeeklyOpening, WeeklyOpening] | null {
  const sorted = [...ranges].sort(
    (a, b) => a.weekday - b.weekday || a.opensAt.localeCompare(b.opensAt),
  );
  let previous: WeeklyOpening | undefined;
  for (const current of sorted) {
    if (previous?.weekday === current.weekday && current.opensAt < previous.closesAt) {
      return [previous, current];
    }
    previous = current;
  }
  return null;
}

export const replaceWeeklyOpeningSchema = z.object({
  weekly: z.array(weeklyOpeningSchema).superRefine((ranges, context) => {
    const overlap = findOverlappingRanges(ranges);
    if (overlap) {
      const [a, b] = overlap;
      context.addIssue({
        code: 'custom',
        message:
          `Les plages du ${weekdayNames[a.weekday - 1]} se chevauchent : ` +
          `${a.opensAt}–${a.closesAt} et ${b.opensAt}–${b.closesAt}.`,
      });
    }
  }),
  confirm: confirmField,
});
export type ReplaceWeeklyOpening = z.infer<typeof replaceWeeklyOpeningSchema>;

/** A future booking a change of hours would leave outside the new hours. */
export const affectedBookingSchema = z.object({
  bookingId: z.uuid(),
  person: z.object({ givenName: z.string(), usualName: z.string(), email: z.string() }),
  desk: z.object({ label: z.string(), zone: z.string() }),
  date: isoDateSchema,
  /** Site-local wall-clock times. */
  localStart: z.string(),
  localEnd: z.string(),
});
export type AffectedBooking = z.infer<typeof affectedBookingSchema>;

/** Query of `DELETE …/opening-hours/exceptions/:date`: `?confirm=true` once the host has seen the list. */
export const deleteOpeningExceptionQuerySchema = z.object({
  confirm: z
    .enum(['true', 'false'], { message: 'confirm vaut « true » ou « false ».' })
    .default('false')
    .transform((value) => value === 'true'),
});
export type DeleteOpeningExceptionQuery = z.infer<typeof deleteOpeningExceptionQuerySchema>;

/**
 * The 409 answer of a change that moves a site's hours — `PUT …/opening-hours/weekly`,
 * `PUT` or `DELETE …/exceptions/:date`, `PATCH /sites/:id` of its timezone, holiday region or
 * extended hours — when it would cancel bookings: send it again with `confirm` to apply it.
 */
export const hoursChangeConflictSchema = z.object({
  statusCode: z.literal(409),
  error: z.string(),
  message: z.string(),
  affectedBookings: z.array(affectedBookingSchema),
});
export type HoursChangeConflict = z.infer<typeof hoursChangeConflictSchema>;

/** A person allowed to stay after closing time (extended hours), or a desk's assignee. */
export const sitePersonSchema = z.object({
  userId: z.uuid(),
  givenName: z.string(),
  usualName: z.string(),
  email: z.string(),
});
export type SitePerson = z.infer<typeof sitePersonSchema>;

export const personByEmailSchema = z.object({
  email: z.email({ message: 'Adresse électronique invalide.' }).trim().toLowerCase(),
});
export type PersonByEmail = z.infer<typeof personByEmailSchema>;

export const deskAssignmentSchema = z.object({
  deskId: z.uuid(),
  label: z.string(),
  zone: z.string(),
  assignee: sitePersonSchema.nullable(),
});
export type DeskAssignment = z.infer<typeof deskAssignmentSchema>;

export const assignDeskSchema = z.object({
  /** The assignee's e-mail; null releases the desk. */
  email: personByEmailSchema.shape.email.nullable(),
});
export type AssignDesk = z.infer<typeof assignDeskSchema>;
