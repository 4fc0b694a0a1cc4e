import { z } from 'zod';
import { isoDateSchema, localTimeSchema, timezoneSchema } from './common';

export const siteSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  address: z.string(),
  timezone: z.string(),
  description: z.string(),
  accessInfo: z.string(),
  wifiInfo: z.string(),
});
export type Site = z.infer<typeof siteSchema>;

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: "L'identifiant court ne contient que des minuscules, chiffres et tirets.",
  })
  .max(60);

export const createSiteSchema = z.object({
  name: z.string().trim().min(2, { message: 'Le nom doit faire au moins 2 caractères.' }).max(120),
  slug: slugSchema,
  address: z.string().trim().min(1, { message: "L'adresse est obligatoire." }).max(300),
  timezone: timezoneSchema.default('Europe/Paris'),
  description: z.string().max(2000).default(''),
  accessInfo: z.string().max(2000).default(''),
  wifiInfo: z.string().max(500).default(''),
});
export type CreateSite = z.infer<typeof createSiteSchema>;

export const updateSiteSchema = createSiteSchema.partial();
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
});
export type Desk = z.infer<typeof deskSchema>;

export const createDeskSchema = z.object({
  label: z.string().trim().min(1, { message: 'Le libellé est obligatoire.' }).max(40),
  zone: z.string().trim().min(1, { message: 'La zone est obligatoire.' }).max(80),
  attributes: z.array(deskAttributeSchema).default([]),
  isActive: z.boolean().default(true),
});
export type CreateDesk = z.infer<typeof createDeskSchema>;

export const updateDeskSchema = createDeskSchema.partial();
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

const openingExceptionFields = z.object({
  isClosed: z.boolean(),
  opensAt: localTimeSchema.nullable().default(null),
  closesAt: localTimeSchema.nullable().default(null),
  reason: z.string().max(200).default(''),
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
export const openingExceptionInputSchema = withExceptionRules(openingExceptionFields);
export type OpeningExceptionInput = z.infer<typeof openingExceptionInputSchema>;

export const openingExceptionSchema = withExceptionRules(
  openingExceptionFields.extend({ date: isoDateSchema }),
);
export type OpeningException = z.infer<typeof openingExceptionSchema>;

export const openingHoursSchema = z.object({
  weekly: z.array(weeklyOpeningSchema),
  exceptions: z.array(openingExceptionSchema),
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const replaceWeeklyOpeningSchema = z.object({
  weekly: z
    .array(weeklyOpeningSchema)
    .refine((days) => new Set(days.map((day) => day.weekday)).size === days.length, {
      message: 'Chaque jour de la semaine ne peut figurer qu’une fois.',
    }),
});
export type ReplaceWeeklyOpening = z.infer<typeof replaceWeeklyOpeningSchema>;
