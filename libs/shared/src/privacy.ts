import { z } from 'zod/mini';
import { bookingSlotSchema, bookingStatusSchema, slotSchema } from './bookings';
import { isoDateSchema } from './common';
import { auditKindSchema } from './hosts';
import { eventStatusSchema, registrationModeSchema } from './events';
import { waitlistStatusSchema } from './waitlist';

const instantSchema = z.iso.datetime({ offset: true });

/** How long AdmZ keeps personal data (environment variables `RETENTION_*`, `SESSION_DAYS`). */
export const retentionPeriodsSchema = z.object({
  /** Arrival and departure times, kiosk scans: erased this many months after the booking. */
  presenceMonths: z.number().check(z.int(), z.gte(1)),
  /** Bookings, series and waiting lists: unlinked from the person after this many months. */
  bookingsMonths: z.number().check(z.int(), z.gte(1)),
  /** A session lasts this many days. */
  sessionDays: z.number().check(z.int(), z.gte(1)),
  /** Expired sessions and login attempts are deleted this many days after they expire. */
  expiredSessionsDays: z.number().check(z.int(), z.gte(0)),
  /** Mails kept by the development outbox (no mail server): deleted after this many days. */
  outboxDays: z.number().check(z.int(), z.gte(1)),
  /** Finished background jobs (pg-boss archive): deleted after this many days. */
  jobsDays: z.number().check(z.int(), z.gte(1)),
});
export type RetentionPeriods = z.infer<typeof retentionPeriodsSchema>;

/** Everything AdmZ holds about the person asking (`GET /api/me/data`), for « Mes données ». */
export const myDataSchema = z.object({
  exportedAt: instantSchema,
  /** As ProConnect sent it at the last login. */
  identity: z.object({
    id: z.uuid(),
    sub: z.string(),
    givenName: z.string(),
    usualName: z.string(),
    email: z.string(),
    uid: z.nullable(z.string()),
    siret: z.nullable(z.string()),
    idpId: z.nullable(z.string()),
    organizationLabel: z.nullable(z.string()),
    isAdmin: z.boolean(),
    createdAt: instantSchema,
    lastLoginAt: z.nullable(instantSchema),
  }),
  siteRoles: z.array(
    z.object({
      siteId: z.uuid(),
      siteName: z.string(),
      role: z.enum(['host', 'key_holder']),
    }),
  ),
  assignedDesks: z.array(
    z.object({ siteName: z.string(), deskLabel: z.string(), zone: z.string() }),
  ),
  bookings: z.array(
    z.object({
      id: z.uuid(),
      siteName: z.string(),
      /** To read the instants below in the site's time. */
      siteTimezone: z.string(),
      deskLabel: z.string(),
      zone: z.string(),
      date: isoDateSchema,
      slot: bookingSlotSchema,
      startsAt: instantSchema,
      endsAt: instantSchema,
      status: bookingStatusSchema,
      isWalkIn: z.boolean(),
      seriesId: z.nullable(z.uuid()),
      createdAt: instantSchema,
      cancelledAt: z.nullable(instantSchema),
      checkedInAt: z.nullable(instantSchema),
      checkedInKioskName: z.nullable(z.string()),
      checkedOutAt: z.nullable(instantSchema),
      releasedAt: z.nullable(instantSchema),
      mailQrCodeUsedAt: z.nullable(instantSchema),
      remindedAt: z.nullable(instantSchema),
      /** « Qui est là ? » for this booking's day: null follows my profile. */
      presence: z.nullable(z.boolean()),
    }),
  ),
  /** My « Qui est là ? » profile, when I set one (« Quitter » deletes it at once). */
  presenceProfile: z.nullable(
    z.object({
      isVisible: z.boolean(),
      workSummary: z.string(),
      skillTags: z.array(z.string()),
      updatedAt: instantSchema,
    }),
  ),
  bookingSeries: z.array(
    z.object({
      id: z.uuid(),
      siteName: z.string(),
      deskLabel: z.string(),
      slot: slotSchema,
      weekdays: z.array(z.number().check(z.int(), z.gte(1), z.lte(7))),
      from: isoDateSchema,
      until: isoDateSchema,
      createdAt: instantSchema,
      cancelledAt: z.nullable(instantSchema),
    }),
  ),
  waitlistEntries: z.array(
    z.object({
      id: z.uuid(),
      siteName: z.string(),
      date: isoDateSchema,
      slot: slotSchema,
      zone: z.nullable(z.string()),
      status: waitlistStatusSchema,
      createdAt: instantSchema,
      promotedAt: z.nullable(instantSchema),
      endedAt: z.nullable(instantSchema),
    }),
  ),
  /**
   * The statistics' monthly count of my visits per site, rolled up from my bookings once the
   * month is over; anonymised with them.
   */
  statisticsMonths: z.array(
    z.object({
      siteName: z.string(),
      month: z.string(),
      visitDays: z.number().check(z.int()),
      firstDay: isoDateSchema,
      lastDay: isoDateSchema,
    }),
  ),
  /** My registrations to events, in person or remote, and their fate. */
  eventRegistrations: z.array(
    z.object({
      eventTitle: z.string(),
      siteName: z.string(),
      date: isoDateSchema,
      mode: registrationModeSchema,
      status: z.enum(['registered', 'waiting', 'cancelled']),
      createdAt: instantSchema,
      cancelledAt: z.nullable(instantSchema),
    }),
  ),
  /**
   * The people I invited from outside the administration (their data is erased three months
   * after the visit: then null here too).
   */
  guestInvitations: z.array(
    z.object({
      siteName: z.string(),
      date: isoDateSchema,
      guestName: z.nullable(z.string()),
      organisation: z.nullable(z.string()),
      status: z.enum(['pending', 'approved', 'declined', 'cancelled']),
      createdAt: instantSchema,
    }),
  ),
  /** The events I proposed, whatever became of them. */
  eventProposals: z.array(
    z.object({
      title: z.string(),
      siteName: z.string(),
      date: isoDateSchema,
      status: eventStatusSchema,
      createdAt: instantSchema,
    }),
  ),
  /** The rooms I booked for a group, and their fate (the addresses I named with them). */
  roomBookings: z.array(
    z.object({
      id: z.uuid(),
      roomName: z.string(),
      siteName: z.string(),
      title: z.string(),
      date: isoDateSchema,
      startsAt: instantSchema,
      endsAt: instantSchema,
      headcount: z.number().check(z.int()),
      attendeeEmails: z.array(z.string()),
      status: z.enum(['confirmed', 'cancelled']),
      createdAt: instantSchema,
      cancelledAt: z.nullable(instantSchema),
    }),
  ),
  /** Scans of my bookings a kiosk queued while offline, then sent. */
  offlineScans: z.array(
    z.object({
      bookingId: z.nullable(z.uuid()),
      kioskName: z.string(),
      outcome: z.enum(['applied', 'already_checked_in', 'refused']),
      message: z.nullable(z.string()),
      scannedAt: instantSchema,
      receivedAt: instantSchema,
    }),
  ),
  calendarFeed: z.object({ isActive: z.boolean(), createdAt: z.nullable(instantSchema) }),
  /** Open sessions (browsers logged in); their secrets are not exported. */
  sessions: z.array(
    z.object({ createdAt: instantSchema, expiresAt: instantSchema, isCurrent: z.boolean() }),
  ),
  /** Mails to me kept by the development outbox (none when a mail server is configured). */
  keptMails: z.array(z.object({ createdAt: instantSchema, subject: z.string() })),
  /**
   * Entries of the audit log about me: what I did as a host or an admin (`actor`), and what was
   * done about me — made host, key holder, given a desk (`subject`).
   */
  auditEvents: z.array(
    z.object({
      at: instantSchema,
      kind: auditKindSchema,
      role: z.enum(['actor', 'subject']),
      siteName: z.nullable(z.string()),
      subject: z.string(),
    }),
  ),
  retention: retentionPeriodsSchema,
});
export type MyData = z.infer<typeof myDataSchema>;

/** What deleting my account did (`DELETE /api/me`); the session cookie is cleared too. */
export const accountDeletionSchema = z.object({
  cancelledBookings: z.number().check(z.int(), z.gte(0)),
  /** Bookings under way when I left: checked out at once, the desk freed. */
  checkedOutBookings: z.number().check(z.int(), z.gte(0)),
  endedSeries: z.number().check(z.int(), z.gte(0)),
  leftWaitlists: z.number().check(z.int(), z.gte(0)),
  /** Events to come I was registered to or waited for: left, my place given to who waits. */
  leftEvents: z.number().check(z.int(), z.gte(0)),
  /** Rooms I booked for a group, still to come: cancelled, the people named told. */
  cancelledRoomBookings: z.number().check(z.int(), z.gte(0)),
  /** Past bookings kept for statistics, no longer linked to anyone. */
  anonymisedBookings: z.number().check(z.int(), z.gte(0)),
  removedSiteRoles: z.number().check(z.int(), z.gte(0)),
  releasedDesks: z.number().check(z.int(), z.gte(0)),
  endedSessions: z.number().check(z.int(), z.gte(0)),
});
export type AccountDeletion = z.infer<typeof accountDeletionSchema>;
