import { z } from 'zod/mini';
import { isoDateSchema } from './common';

/** The longest period analytics are computed over, in days (a year, leap or not). */
export const maxAnalyticsDays = 366;

/** A period of site-calendar days, both included (`from` ≤ `to`, at most 366 days: else 422). */
export const analyticsQuerySchema = z.object({ from: isoDateSchema, to: isoDateSchema }).check(
  z.refine((value) => value.from <= value.to, {
    message: 'La date de fin (to) doit suivre la date de début (from).',
    path: ['to'],
  }),
);
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

/** The tables of a site's analytics that download as CSV. */
export const analyticsTables = ['days', 'zones', 'desks', 'administrations', 'visitors'] as const;
export const analyticsTableSchema = z.enum(analyticsTables, {
  message:
    'Le tableau doit être « days », « zones », « desks », « administrations » ou « visitors ».',
});
export type AnalyticsTable = z.infer<typeof analyticsTableSchema>;

/** A rate between 0 and 1; null when nothing could be offered (no open day, no desk). */
const rate = z.nullable(z.number().check(z.gte(0)));

export const analyticsSummarySchema = z.object({
  openDays: z.number().check(z.int()),
  activeDesks: z.number().check(z.int()),
  /** Active desks × 2 half-days × open days. */
  availableHalfDays: z.number().check(z.int()),
  /** Desk half-days held by a booking that was not cancelled nor released (no-show). */
  bookedHalfDays: z.number().check(z.int()),
  occupancyRate: rate,
  morningRate: rate,
  afternoonRate: rate,
  /** Bookings not cancelled (no-shows included). */
  bookings: z.number().check(z.int()),
  /** Of those, the ones already over. */
  endedBookings: z.number().check(z.int()),
  /** Ended bookings nobody checked in to (released, or never scanned). */
  noShows: z.number().check(z.int()),
  noShowRate: rate,
  /** Bookings checked in, or still to come: someone came, or is expected. */
  visits: z.number().check(z.int()),
  /** Distinct people among the visits (anonymised bookings count for no one). */
  distinctAgents: z.number().check(z.int()),
  /** People who came on two days or more of the period. */
  repeatVisitors: z.number().check(z.int()),
  /** Distinct administrations (SIRET, else label) among the visits. */
  administrations: z.number().check(z.int()),
  /** Days on which agents of two administrations or more were on site. */
  sharedDays: z.number().check(z.int()),
});
export type AnalyticsSummary = z.infer<typeof analyticsSummarySchema>;

export const analyticsDaySchema = z.object({
  date: isoDateSchema,
  isOpen: z.boolean(),
  availableHalfDays: z.number().check(z.int()),
  morningBooked: z.number().check(z.int()),
  afternoonBooked: z.number().check(z.int()),
  occupancyRate: rate,
  morningRate: rate,
  afternoonRate: rate,
  visits: z.number().check(z.int()),
  noShows: z.number().check(z.int()),
  administrations: z.number().check(z.int()),
});
export type AnalyticsDay = z.infer<typeof analyticsDaySchema>;

export const analyticsZoneSchema = z.object({
  zone: z.string(),
  activeDesks: z.number().check(z.int()),
  availableHalfDays: z.number().check(z.int()),
  bookedHalfDays: z.number().check(z.int()),
  occupancyRate: rate,
});
export type AnalyticsZone = z.infer<typeof analyticsZoneSchema>;

export const analyticsDeskSchema = z.object({
  deskId: z.uuid(),
  label: z.string(),
  zone: z.string(),
  isActive: z.boolean(),
  bookedHalfDays: z.number().check(z.int()),
  occupancyRate: rate,
});
export type AnalyticsDesk = z.infer<typeof analyticsDeskSchema>;

export const analyticsAdministrationSchema = z.object({
  /** Null when the identity provider sent no SIRET. */
  siret: z.nullable(z.string()),
  label: z.string(),
  visits: z.number().check(z.int()),
  agents: z.number().check(z.int()),
  days: z.number().check(z.int()),
});
export type AnalyticsAdministration = z.infer<typeof analyticsAdministrationSchema>;

export const analyticsVisitorSchema = z.object({
  name: z.string(),
  days: z.number().check(z.int()),
});
export type AnalyticsVisitor = z.infer<typeof analyticsVisitorSchema>;

/** A site's statistics over a period, computed by the database from its bookings. */
export const siteAnalyticsSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  from: isoDateSchema,
  to: isoDateSchema,
  /** The site's privacy switch: whether its hosts see the names of repeat visitors. */
  showsNames: z.boolean(),
  summary: analyticsSummarySchema,
  days: z.array(analyticsDaySchema),
  /** The five busiest open days, busiest first. */
  peakDays: z.array(analyticsDaySchema),
  zones: z.array(analyticsZoneSchema),
  desks: z.array(analyticsDeskSchema),
  administrations: z.array(analyticsAdministrationSchema),
  /** Repeat visitors by name when the site shows names; null otherwise (counts only). */
  visitors: z.nullable(z.array(analyticsVisitorSchema)),
});
export type SiteAnalytics = z.infer<typeof siteAnalyticsSchema>;

export const networkAnalyticsRowSchema = z.extend(analyticsSummarySchema, {
  siteId: z.nullable(z.uuid()),
  siteName: z.string(),
});
export type NetworkAnalyticsRow = z.infer<typeof networkAnalyticsRowSchema>;

/** Every site over a period (admins), and the network's totals (people counted once). */
export const networkAnalyticsSchema = z.object({
  from: isoDateSchema,
  to: isoDateSchema,
  sites: z.array(networkAnalyticsRowSchema),
  totals: networkAnalyticsRowSchema,
});
export type NetworkAnalytics = z.infer<typeof networkAnalyticsSchema>;

/** The privacy switch of a site's statistics, set by admins. */
export const analyticsSettingsSchema = z.object({
  showNames: z.boolean({ message: 'Le choix « showNames » doit être vrai ou faux.' }),
});
export type AnalyticsSettings = z.infer<typeof analyticsSettingsSchema>;

/* ---------- open statistics (public) ---------- */

/** No figure computed over fewer people than this is published. */
export const openStatisticsMinimumPeople = 5;
export const maxOpenStatisticsMonths = 24;

export const openStatisticsQuerySchema = z.object({
  months: z._default(
    z.coerce.number({ message: 'Le nombre de mois (months) doit être un nombre.' }).check(
      z.int({ message: 'Le nombre de mois (months) doit être entier.' }),
      z.gte(1, { message: 'Le nombre de mois (months) doit être au moins 1.' }),
      z.lte(maxOpenStatisticsMonths, {
        message: `Le nombre de mois (months) doit être au plus ${maxOpenStatisticsMonths}.`,
      }),
    ),
    12,
  ),
});
export type OpenStatisticsQuery = z.infer<typeof openStatisticsQuerySchema>;

export const openStatisticsRowSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  /** `YYYY-MM`, a complete month of the site's calendar. */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  openDays: z.number().check(z.int()),
  /** True when fewer than 5 people came that month: every figure below is then null. */
  suppressed: z.boolean(),
  occupancyRate: rate,
  visits: z.nullable(z.number().check(z.int())),
  administrations: z.nullable(z.number().check(z.int())),
  /** Open days with agents of two administrations or more, over open days. */
  sharedDaysShare: rate,
});
export type OpenStatisticsRow = z.infer<typeof openStatisticsRowSchema>;

/** Events of a site in a month (approved, not cancelled), and who came to them in person. */
export const openEventStatisticsRowSchema = z.object({
  siteId: z.uuid(),
  siteName: z.string(),
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  events: z.number().check(z.int()),
  /** True when fewer than 5 people registered in person that month: the figures below are null. */
  suppressed: z.boolean(),
  inPersonRegistrations: z.nullable(z.number().check(z.int())),
  /** Registered in person and checked in at the door. */
  attendees: z.nullable(z.number().check(z.int())),
  /** Registered in person (not waiting), not checked in. */
  noShows: z.nullable(z.number().check(z.int())),
});
export type OpenEventStatisticsRow = z.infer<typeof openEventStatisticsRowSchema>;

export const openStatisticsSchema = z.object({
  /** The months covered, oldest first: the last complete ones. */
  months: z.array(z.string()),
  minimumPeople: z.number().check(z.int()),
  rows: z.array(openStatisticsRowSchema),
  /** Per site and month with at least one event. */
  events: z.array(openEventStatisticsRowSchema),
});
export type OpenStatistics = z.infer<typeof openStatisticsSchema>;

/** A site as open data: where, when, how accessible — nothing about people. */
export const openDataSiteSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  adresse: z.string(),
  description: z.string(),
  acces: z.string(),
  /** OpenStreetMap `opening_hours` syntax (« Mo-Fr 08:00-19:00 »). */
  horaires: z.string(),
  fuseauHoraire: z.string(),
  nombrePostes: z.number().check(z.int()),
  postesAccessiblesPlainPied: z.number().check(z.int()),
  postesEcran: z.number().check(z.int()),
  postesAssisDebout: z.number().check(z.int()),
  postesZoneCalme: z.number().check(z.int()),
  zones: z.array(z.string()),
});
export type OpenDataSite = z.infer<typeof openDataSiteSchema>;
