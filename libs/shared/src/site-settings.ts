import { z } from 'zod/mini';
import {
  isoDateSchema,
  localTimeSchema,
  multiLineTextSchema,
  singleLineTextSchema,
  timezoneSchema,
} from './common';
import { deskAttributeSchema, holidayRegionSchema, siteKindSchema, type Site } from './sites';

// What admins and hosts change about a site: its fields, its desks, its opening hours, the people
// its desks are assigned to. Apart from sites.ts (what every page reads), so that a page which
// only shows sites does not carry these schemas.

const slugSchema = z.string().check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: "L'identifiant court ne contient que des minuscules, chiffres et tirets.",
  }),
  z.maxLength(60),
);

const siteFields = z.object({
  name: singleLineTextSchema.check(
    z.trim(),
    z.minLength(2, { message: 'Le nom doit faire au moins 2 caractères.' }),
    z.maxLength(120),
  ),
  slug: slugSchema,
  address: multiLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: "L'adresse est obligatoire." }),
    z.maxLength(300),
  ),
  timezone: timezoneSchema,
  description: multiLineTextSchema.check(
    z.maxLength(2000, {
      message: 'La description fait au plus 2 000 caractères.',
    }),
  ),
  accessInfo: multiLineTextSchema.check(
    z.maxLength(2000, {
      message: "Les informations d'accès font au plus 2 000 caractères.",
    }),
  ),
  wifiInfo: multiLineTextSchema.check(
    z.maxLength(500, {
      message: 'Les informations wifi font au plus 500 caractères.',
    }),
  ),
  holidayRegion: holidayRegionSchema,
  extendedClosesAt: z.nullable(localTimeSchema),
  kioskMessage: singleLineTextSchema.check(
    z.trim(),
    z.maxLength(280, { message: 'Le message des bornes fait au plus 280 caractères.' }),
  ),
  kind: siteKindSchema,
  startsOn: z.nullable(isoDateSchema),
  endsOn: z.nullable(isoDateSchema),
  capacity: z.nullable(
    z
      .number({ message: 'Le nombre de places est un nombre entier.' })
      .check(
        z.int({ message: 'Le nombre de places est un nombre entier.' }),
        z.gte(1, { message: 'Le nombre de places est au moins 1.' }),
        z.lte(10_000, { message: 'Le nombre de places est au plus 10 000.' }),
      ),
  ),
});

type SiteDates = Pick<Site, 'kind' | 'startsOn' | 'endsOn' | 'capacity'>;

/**
 * What is wrong with a site's kind and dates, as the sentence to show, and the field it is
 * about; null when they hold together. A temporary site has both dates, in order; a permanent
 * one has neither, nor a number of places. Shared by the schemas and the API's PATCH, which
 * checks the site as it would become.
 */
export function findSiteDatesProblem(
  site: SiteDates,
): { field: keyof SiteDates; message: string } | null {
  if (site.kind === 'temporary') {
    if (site.startsOn === null) {
      return { field: 'startsOn', message: 'Un site temporaire indique son premier jour.' };
    }
    if (site.endsOn === null) {
      return { field: 'endsOn', message: 'Un site temporaire indique son dernier jour.' };
    }
    if (site.endsOn < site.startsOn) {
      return {
        field: 'endsOn',
        message: 'Le dernier jour du site temporaire ne peut pas précéder son premier jour.',
      };
    }
    return null;
  }
  if (site.startsOn !== null || site.endsOn !== null) {
    return { field: 'startsOn', message: "Un site permanent n'a pas de dates de début et de fin." };
  }
  if (site.capacity !== null) {
    return { field: 'capacity', message: 'Seul un site temporaire annonce un nombre de places.' };
  }
  return null;
}

const refineSiteDates = (site: SiteDates, context: z.core.$RefinementCtx<SiteDates>) => {
  const problem = findSiteDatesProblem(site);
  if (problem)
    context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
};

export const createSiteSchema = z
  .extend(siteFields, {
    timezone: z._default(siteFields.shape.timezone, 'Europe/Paris'),
    description: z._default(siteFields.shape.description, ''),
    accessInfo: z._default(siteFields.shape.accessInfo, ''),
    wifiInfo: z._default(siteFields.shape.wifiInfo, ''),
    holidayRegion: z._default(holidayRegionSchema, 'FR'),
    extendedClosesAt: z._default(siteFields.shape.extendedClosesAt, null),
    kioskMessage: z._default(siteFields.shape.kioskMessage, ''),
    kind: z._default(siteKindSchema, 'permanent'),
    startsOn: z._default(siteFields.shape.startsOn, null),
    endsOn: z._default(siteFields.shape.endsOn, null),
    capacity: z._default(siteFields.shape.capacity, null),
  })
  .check(z.superRefine(refineSiteDates));
export type CreateSite = z.infer<typeof createSiteSchema>;

// Built from the fields without defaults: a PATCH must not reset what it does not mention.
// A change of timezone, holiday region, extended hours or of a temporary site's dates moves the
// site's hours: like a change of hours, it answers 409 with the bookings it would cancel until
// sent with `confirm: true`. Kind and dates are checked again on the site as it would become.
export const updateSiteSchema = z
  .extend(z.partial(siteFields), { confirm: z._default(z.boolean(), false) })
  .check(
    z.superRefine((site, context) => {
      if (site.startsOn && site.endsOn && site.endsOn < site.startsOn) {
        context.addIssue({
          code: 'custom',
          path: ['endsOn'],
          message: 'Le dernier jour du site temporaire ne peut pas précéder son premier jour.',
        });
      }
    }),
  );
export type UpdateSite = z.infer<typeof updateSiteSchema>;

/** Query of `POST /api/sites/:siteId/archive`: `?confirm=true` once the admin has seen the list. */
export const archiveSiteQuerySchema = z.object({
  confirm: z.pipe(
    z._default(
      z.enum(['true', 'false'], { message: 'confirm vaut « true » ou « false ».' }),
      'false',
    ),
    z.transform((value) => value === 'true'),
  ),
});
export type ArchiveSiteQuery = z.infer<typeof archiveSiteQuerySchema>;
export const createDeskSchema = z.object({
  label: singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'Le libellé est obligatoire.' }),
    z.maxLength(40),
  ),
  zone: singleLineTextSchema.check(
    z.trim(),
    z.minLength(1, { message: 'La zone est obligatoire.' }),
    z.maxLength(80),
  ),
  attributes: z._default(z.array(deskAttributeSchema), []),
  isActive: z._default(z.boolean(), true),
});
export type CreateDesk = z.infer<typeof createDeskSchema>;

export const updateDeskSchema = z.extend(
  z.partial(
    z.object({
      label: createDeskSchema.shape.label,
      zone: createDeskSchema.shape.zone,
      attributes: z.array(deskAttributeSchema),
      isActive: z.boolean(),
    }),
  ),
  { confirm: z._default(z.boolean({ message: 'confirm vaut true ou false.' }), false) },
);
export type UpdateDesk = z.infer<typeof updateDeskSchema>;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdaySchema = z.number().check(z.int(), z.gte(1), z.lte(7));

const timeRangeRefinement = <T extends { opensAt: string; closesAt: string }>(value: T) =>
  value.opensAt < value.closesAt;
const timeRangeMessage = { message: "L'heure d'ouverture doit précéder l'heure de fermeture." };

export const weeklyOpeningSchema = z
  .object({ weekday: weekdaySchema, opensAt: localTimeSchema, closesAt: localTimeSchema })
  .check(z.refine(timeRangeRefinement, timeRangeMessage));
export type WeeklyOpening = z.infer<typeof weeklyOpeningSchema>;

/** `true` once the host has seen the bookings a change of hours cancels (see 409 below). */
const confirmField = z._default(z.boolean(), false);

const openingExceptionFields = z.object({
  isClosed: z.boolean(),
  opensAt: z._default(z.nullable(localTimeSchema), null),
  closesAt: z._default(z.nullable(localTimeSchema), null),
  reason: z._default(singleLineTextSchema.check(z.trim(), z.maxLength(200)), ''),
});

const withExceptionRules = <T extends z.ZodMiniType<z.output<typeof openingExceptionFields>>>(
  schema: T,
) =>
  schema.check(
    z.refine(
      (value: z.output<typeof openingExceptionFields>) =>
        value.isClosed || (value.opensAt !== null && value.closesAt !== null),
      { message: "Une ouverture exceptionnelle indique l'heure d'ouverture et de fermeture." },
    ),
    z.refine(
      (value: z.output<typeof openingExceptionFields>) =>
        value.isClosed || value.opensAt! < value.closesAt!,
      timeRangeMessage,
    ),
  );

/** Body of `PUT …/opening-hours/exceptions/:date`: closed that day, or special hours. */
export const openingExceptionInputSchema = withExceptionRules(
  z.extend(openingExceptionFields, { confirm: confirmField }),
);
export type OpeningExceptionInput = z.infer<typeof openingExceptionInputSchema>;

export const openingExceptionSchema = withExceptionRules(
  z.extend(openingExceptionFields, { date: isoDateSchema }),
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
  weekly: z.array(weeklyOpeningSchema).check(
    z.superRefine((ranges, context) => {
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
  ),
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
  confirm: z.pipe(
    z._default(
      z.enum(['true', 'false'], { message: 'confirm vaut « true » ou « false ».' }),
      'false',
    ),
    z.transform((value) => value === 'true'),
  ),
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
  email: z.email({ message: 'Adresse électronique invalide.' }).check(z.trim(), z.toLowerCase()),
});
export type PersonByEmail = z.infer<typeof personByEmailSchema>;

export const deskAssignmentSchema = z.object({
  deskId: z.uuid(),
  label: z.string(),
  zone: z.string(),
  assignee: z.nullable(sitePersonSchema),
});
export type DeskAssignment = z.infer<typeof deskAssignmentSchema>;

export const assignDeskSchema = z.object({
  /** The assignee's e-mail; null releases the desk. */
  email: z.nullable(personByEmailSchema.shape.email),
});
export type AssignDesk = z.infer<typeof assignDeskSchema>;
