import type { ArchiveSearchQuery, PresenceSearchQuery } from '@admz/shared';
// Every TanStack Query key of the web app: a key read in one feature and refreshed from another is
// spelled once. A key that starts another (`availability.all`) refreshes everything under it.
export const queryKeys = {
  me: ['me'] as const,
  // Under the sites key: a change made on the admins' page refreshes every list of sites.
  sites: ['sites'] as const,
  adminSites: ['sites', 'admin'] as const,
  site: (siteId: string) => ['sites', 'one', siteId] as const,
  availability: {
    all: ['availability'] as const,
    day: (siteId: string | undefined, date: string | undefined) =>
      ['availability', siteId, date] as const,
    // Under the availability key: booking or cancelling refreshes the calendar too.
    summary: (siteId: string, from: string, to: string) =>
      ['availability', 'summary', siteId, from, to] as const,
  },
  myBookings: ['bookings', 'mine'] as const,
  bookingPass: (bookingId: string) => ['bookings', bookingId, 'pass'] as const,
  myPass: ['my-pass'] as const,
  myWaitlistEntries: ['waitlist', 'mine'] as const,
  myCalendarFeed: ['calendar-feed', 'mine'] as const,
  myData: ['my-data'] as const,
  retentionPeriods: ['privacy', 'retention'] as const,
  openingHours: (siteId: string) => ['opening-hours', siteId] as const,
  siteRules: (siteId: string) => ['site-rules', siteId] as const,
  keyHolders: (siteId: string) => ['key-holders', siteId] as const,
  deskAssignments: (siteId: string) => ['desk-assignments', siteId] as const,
  siteDesks: (siteId: string) => ['site-desks', siteId] as const,
  zones: {
    all: ['zones'] as const,
    site: (siteId: string | undefined) => ['zones', siteId] as const,
  },
  presence: {
    site: (siteId: string | undefined) => ['presence', siteId] as const,
    // Under the site's presence key: the live stream's attendance events refresh them too.
    today: (siteId: string) => ['presence', siteId, 'today'] as const,
    evacuation: (siteId: string) => ['presence', siteId, 'evacuation'] as const,
  },
  // « Qui est là ? » (opt-in), apart from the hosts' `presence` above: a change of my profile or
  // of a booking's choice refreshes everything under `all`.
  whoIsHere: {
    all: ['who-is-here'] as const,
    profile: ['who-is-here', 'profile'] as const,
    myBookings: ['who-is-here', 'my-bookings'] as const,
    day: (siteId: string | undefined, date: string) =>
      ['who-is-here', 'day', siteId, date] as const,
    search: (query: PresenceSearchQuery) => ['who-is-here', 'search', query] as const,
  },
  siteKiosks: (siteId: string) => ['kiosks', siteId] as const,
  siteHosts: (siteId: string) => ['site-hosts', siteId] as const,
  peopleSearch: (query: string) => ['people', query] as const,
  auditEvents: (filters: { siteId?: string; actorId?: string; kind?: string; limit: number }) =>
    ['audit-events', filters] as const,
  sitePeopleSearch: (siteId: string, query: string) => ['people', siteId, query] as const,
  analytics: {
    /** Every period of a site: the privacy switch refreshes them all. */
    siteAll: (siteId: string) => ['analytics', siteId] as const,
    site: (siteId: string, from: string, to: string) => ['analytics', siteId, from, to] as const,
    network: (from: string, to: string) => ['analytics', 'network', from, to] as const,
  },
  openStatistics: ['open-statistics'] as const,
  publicAgenda: (siteId: string | null) => ['public-agenda', siteId ?? 'network'] as const,
  events: {
    all: ['events'] as const,
    upcoming: ['events', 'upcoming'] as const,
    mine: ['events', 'mine'] as const,
    registered: ['events', 'registered'] as const,
    one: (eventId: string) => ['events', 'one', eventId] as const,
    agenda: (siteId: string | undefined) => ['events', 'agenda', siteId] as const,
    pending: (siteId: string) => ['events', 'pending', siteId] as const,
    registration: (eventId: string) => ['events', 'registration', eventId] as const,
    registrants: (eventId: string) => ['events', 'registrants', eventId] as const,
    archive: (eventId: string) => ['events', 'archive', eventId] as const,
    archiveSearch: (query: ArchiveSearchQuery) => ['events', 'archive-search', query] as const,
    attendance: (eventId: string) => ['events', 'attendance', eventId] as const,
    pass: (eventId: string) => ['events', 'pass', eventId] as const,
  },
  rooms: {
    /** Every rooms key: booking or cancelling refreshes the day views and the lists. */
    all: ['rooms'] as const,
    site: (siteId: string) => ['rooms', 'site', siteId] as const,
    day: (siteId: string, date: string) => ['rooms', 'day', siteId, date] as const,
    mine: ['rooms', 'mine'] as const,
    rules: (siteId: string) => ['rooms', 'rules', siteId] as const,
  },
  guests: {
    all: ['guests'] as const,
    mine: ['guests', 'mine'] as const,
    pending: (siteId: string) => ['guests', 'pending', siteId] as const,
    settings: (siteId: string) => ['guests', 'settings', siteId] as const,
    // Not under the guests key: the guest's page has no session and refreshes on its own.
    publicView: (secret: string) => ['guest-invitation', secret] as const,
  },
  devOutbox: {
    all: ['dev-outbox'] as const,
    isActive: ['dev-outbox', 'active'] as const,
  },
};
