import { z } from 'zod/mini';
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

export const presenceTagSchema = singleLineTextSchema.check(
  z.trim(),
  z.minLength(1, { message: 'Une compétence ne peut pas être vide.' }),
  z.maxLength(maxPresenceTagLength, {
    message: `Une compétence fait au plus ${maxPresenceTagLength} caractères.`,
  }),
);

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
  updatedAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type PresenceProfile = z.infer<typeof presenceProfileSchema>;

/** Body of `PUT /api/me/presence-profile`. */
export const updatePresenceProfileSchema = z.object({
  isVisible: z.boolean({ message: 'Indiquez si vous souhaitez être visible (oui ou non).' }),
  workSummary: z._default(
    singleLineTextSchema.check(
      z.trim(),
      z.maxLength(maxWorkSummaryLength, {
        message: `Le sujet de travail fait au plus ${maxWorkSummaryLength} caractères.`,
      }),
    ),
    '',
  ),
  skillTags: z._default(
    z.array(presenceTagSchema, { message: 'Les compétences sont une liste de mots-clés.' }).check(
      z.maxLength(maxPresenceTags, { message: `Au plus ${maxPresenceTags} compétences.` }),
      z.refine((tags) => new Set(tags.map(foldPresenceTag)).size === tags.length, {
        message: 'Une même compétence est indiquée deux fois.',
      }),
    ),
    [],
  ),
});
export type UpdatePresenceProfile = z.infer<typeof updatePresenceProfileSchema>;
export type UpdatePresenceProfileInput = z.input<typeof updatePresenceProfileSchema>;

/** Body of `PATCH /api/bookings/:bookingId/presence`: null follows the profile. */
export const setBookingPresenceSchema = z.object({
  presence: z.nullable(z.boolean({ message: 'Le choix est « true », « false » ou « null ».' })),
});
export type SetBookingPresence = z.infer<typeof setBookingPresenceSchema>;

/** The per-booking choice, and what it makes of the day (`isVisible`: override ?? profile). */
export const bookingPresenceSchema = z.object({
  bookingId: z.uuid(),
  presence: z.nullable(z.boolean()),
  isVisible: z.boolean(),
});
export type BookingPresence = z.infer<typeof bookingPresenceSchema>;

/** Someone visible at a site on a day: never an e-mail nor a user id. */
export const presentPersonSchema = z.object({
  /** Opaque key of this presence (one booking); says nothing about the person. */
  key: z.string(),
  displayName: z.string(),
  /** The administration ProConnect names for them (`organization_label`), when it does. */
  administration: z.nullable(z.string()),
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
  count: z.number().check(z.int(), z.gte(1)),
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
const optionalFilter = <T extends z.ZodMiniType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(schema),
  );

/** Query of `GET /api/presence/search`: a tag, an administration, a site, a day (default today). */
export const presenceSearchQuerySchema = z.object({
  tag: optionalFilter(presenceTagSchema),
  administration: optionalFilter(
    singleLineTextSchema.check(
      z.trim(),
      z.maxLength(120, { message: 'Le nom de l’administration fait au plus 120 caractères.' }),
    ),
  ),
  siteId: optionalFilter(idSchema),
  date: optionalFilter(isoDateSchema),
});
export type PresenceSearchQuery = z.infer<typeof presenceSearchQuerySchema>;

/** The search's answer: people at any site, and the administrations among them. */
export const presenceSearchResultSchema = z.object({
  /** The day asked for; null for « today », which is each site's own today. */
  date: z.nullable(isoDateSchema),
  people: z.array(presentPersonSchema),
  administrations: z.array(administrationPresentSchema),
});
export type PresenceSearchResult = z.infer<typeof presenceSearchResultSchema>;
