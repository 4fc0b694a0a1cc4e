import { z } from 'zod';
import { bookingSlotSchema } from './bookings';
import { foldText, idSchema, isoDateSchema, singleLineTextSchema } from './common';

// « Qui est là ? » (issue 11, point 1): agents who opt in show other agents that they are at a
// site on a day, with their administration, what they work on and a few skill tags. Off by
// default; a booking may override the profile for its day. Hosts and admins read the same
// answers as any agent.

/** Most skill tags a profile carries, and their length. */
export const maxPresenceTags = 8;
export const maxPresenceTagLength = 40;
export const maxWorkSummaryLength = 280;

export const presenceTagSchema = singleLineTextSchema
  .trim()
  .min(1, { message: 'Une compétence ne peut pas être vide.' })
  .max(maxPresenceTagLength, {
    message: `Une compétence fait au plus ${maxPresenceTagLength} caractères.`,
  });

/**
 * A tag as search compares it: lower case, without accents (« Données » → « donnees »). The
 * database folds the same way (`archive_search_fold`); the web uses this to spot duplicates.
 */
export function foldPresenceTag(tag: string): string {
  return foldText(tag);
}

/** My presence profile (`GET /api/me/presence-profile`); the defaults when I never set one. */
export const presenceProfileSchema = z.object({
  /** Off by default: nobody sees me until I turn it on (or turn it on for one booking). */
  isVisible: z.boolean(),
  workSummary: z.string(),
  skillTags: z.array(z.string()),
  /** Null when I have no profile (never set, or deleted with « Quitter »). */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type PresenceProfile = z.infer<typeof presenceProfileSchema>;

/** Body of `PUT /api/me/presence-profile`. */
export const updatePresenceProfileSchema = z.object({
  isVisible: z.boolean({ message: 'Indiquez si vous souhaitez être visible (oui ou non).' }),
  workSummary: singleLineTextSchema
    .trim()
    .max(maxWorkSummaryLength, {
      message: `Le sujet de travail fait au plus ${maxWorkSummaryLength} caractères.`,
    })
    .default(''),
  skillTags: z
    .array(presenceTagSchema, { message: 'Les compétences sont une liste de mots-clés.' })
    .max(maxPresenceTags, { message: `Au plus ${maxPresenceTags} compétences.` })
    .refine((tags) => new Set(tags.map(foldPresenceTag)).size === tags.length, {
      message: 'Une même compétence est indiquée deux fois.',
    })
    .default([]),
});
export type UpdatePresenceProfile = z.infer<typeof updatePresenceProfileSchema>;
export type UpdatePresenceProfileInput = z.input<typeof updatePresenceProfileSchema>;

/** Body of `PATCH /api/bookings/:bookingId/presence`: null follows the profile. */
export const setBookingPresenceSchema = z.object({
  presence: z.boolean({ message: 'Le choix est « true », « false » ou « null ».' }).nullable(),
});
export type SetBookingPresence = z.infer<typeof setBookingPresenceSchema>;

/** The per-booking choice, and what it makes of the day (`isVisible`: override ?? profile). */
export const bookingPresenceSchema = z.object({
  bookingId: z.uuid(),
  presence: z.boolean().nullable(),
  isVisible: z.boolean(),
});
export type BookingPresence = z.infer<typeof bookingPresenceSchema>;

/** Someone visible at a site on a day: never an e-mail nor a user id. */
export const presentPersonSchema = z.object({
  /** Opaque key of this presence (one booking); says nothing about the person. */
  key: z.string(),
  displayName: z.string(),
  /** The administration ProConnect names for them (`organization_label`), when it does. */
  administration: z.string().nullable(),
  workSummary: z.string(),
  skillTags: z.array(z.string()),
  site: z.object({ id: z.uuid(), name: z.string() }),
  date: isoDateSchema,
  zone: z.string(),
  slot: bookingSlotSchema,
});
export type PresentPerson = z.infer<typeof presentPersonSchema>;

/** An administration with visible people present, and how many (invisible people never count). */
export const administrationPresentSchema = z.object({
  name: z.string(),
  count: z.number().int().min(1),
});
export type AdministrationPresent = z.infer<typeof administrationPresentSchema>;

/** `GET /api/presence/sites/:siteId/days/:date`: who is visible at the site that day. */
export const whoIsHereSchema = z.object({
  site: z.object({ id: z.uuid(), name: z.string(), timezone: z.string() }),
  date: isoDateSchema,
  people: z.array(presentPersonSchema),
  administrations: z.array(administrationPresentSchema),
});
export type WhoIsHere = z.infer<typeof whoIsHereSchema>;

/** An optional filter of the address: an empty one (`?tag=`) means no filter. */
const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Query of `GET /api/presence/search`: a tag, an administration, a site, a day (default today). */
export const presenceSearchQuerySchema = z.object({
  tag: optionalFilter(presenceTagSchema),
  administration: optionalFilter(
    singleLineTextSchema
      .trim()
      .max(120, { message: 'Le nom de l’administration fait au plus 120 caractères.' }),
  ),
  siteId: optionalFilter(idSchema),
  date: optionalFilter(isoDateSchema),
});
export type PresenceSearchQuery = z.infer<typeof presenceSearchQuerySchema>;

/** The search's answer: people at any site, and the administrations among them. */
export const presenceSearchResultSchema = z.object({
  /** The day asked for; null for « today », which is each site's own today. */
  date: isoDateSchema.nullable(),
  people: z.array(presentPersonSchema),
  administrations: z.array(administrationPresentSchema),
});
export type PresenceSearchResult = z.infer<typeof presenceSearchResultSchema>;
