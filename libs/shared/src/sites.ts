import { z } from 'zod/mini';
import { isoDateSchema, localTimeSchema } from './common';
import { planPositionSchema } from './floor-plans';
import { addDaysToIsoDate } from './site-time';

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

/** A permanent site, or a temporary one: a tour day in a partner third-place, between two dates. */
export const siteKindSchema = z.enum(['permanent', 'temporary'], {
  message: 'Le type de site vaut « permanent » ou « temporary ».',
});
export type SiteKind = z.infer<typeof siteKindSchema>;

export const siteKindLabels: Record<SiteKind, string> = {
  permanent: 'Permanent',
  temporary: 'Temporaire (itinérant)',
};

/** Image types a site photo may have, recognised by their first bytes. */
export const sitePhotoContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type SitePhotoContentType = (typeof sitePhotoContentTypes)[number];

/** Largest site photo accepted, in bytes (2 Mo): agents load it on a phone. */
export const maxSitePhotoBytes = 2 * 1024 * 1024;

export const sitePhotoSchema = z.object({
  contentType: z.enum(sitePhotoContentTypes),
  sizeBytes: z.number().check(z.int(), z.gte(0)),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Where the photo is served; changes when the photo changes (cache busting). */
  url: z.string(),
});
export type SitePhoto = z.infer<typeof sitePhotoSchema>;

/** Agents see a temporary site this many days before its first day (site calendar). */
export const temporarySiteNoticeDays = 30;

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
  extendedClosesAt: z.nullable(localTimeSchema),
  /** Shown on the idle screen of the site's kiosks ('' = none). */
  kioskMessage: z.string(),
  kind: siteKindSchema,
  /** A temporary site's first and last day (site calendar); null for a permanent site. */
  startsOn: z.nullable(isoDateSchema),
  endsOn: z.nullable(isoDateSchema),
  /** The number of places a temporary site announces (informative); null when not said. */
  capacity: z.nullable(z.number().check(z.int(), z.gt(0))),
  /** When an admin archived the site: hidden from agents, no new booking; null = active. */
  archivedAt: z.nullable(z.iso.datetime({ offset: true })),
  photo: z.nullable(sitePhotoSchema),
});
export type Site = z.infer<typeof siteSchema>;

/**
 * Whether agents see a site in their list on `today` (site calendar): an active permanent site
 * always; a temporary one from `temporarySiteNoticeDays` days before its first day through its
 * last; an archived site never.
 */
export function isSiteListedToAgents(
  site: Pick<Site, 'kind' | 'startsOn' | 'endsOn' | 'archivedAt'>,
  today: string,
): boolean {
  if (site.archivedAt !== null) return false;
  if (site.kind === 'permanent' || site.startsOn === null || site.endsOn === null) return true;
  return addDaysToIsoDate(site.startsOn, -temporarySiteNoticeDays) <= today && today <= site.endsOn;
}

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
  assignedUserId: z.nullable(z.uuid()),
  /** Where the desk sits on its zone's plan; null when not placed. */
  planPosition: z.nullable(planPositionSchema),
});
export type Desk = z.infer<typeof deskSchema>;

/** Whether a site takes bookings on `date` as far as its dates go (a permanent site: always). */
export function isWithinSiteDates(
  site: Pick<Site, 'kind' | 'startsOn' | 'endsOn'>,
  date: string,
): boolean {
  if (site.kind === 'permanent' || site.startsOn === null || site.endsOn === null) return true;
  return site.startsOn <= date && date <= site.endsOn;
}
