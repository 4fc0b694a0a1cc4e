import { z } from 'zod';
import { bookingSlotSchema, bookingStatusSchema, slotSchema } from './bookings';
import { isoDateSchema } from './common';
import { auditKindSchema } from './hosts';
import { eventStatusSchema, registrationModeSchema } from './events';
import { waitlistStatusSchema } from './waitlist';

const instantSchema = z.iso.datetime({ offset: true });

/** How long AdmZ keeps personal data (environment variables `RETENTION_*`, `SESSION_DAYS`). */
export const retentionPeriodsSchema = z.object({
  /** Arrival and departure times, kiosk scans: erased this many months after the booking. */
  presenceMonths: z.number().int().min(1),
  /** Bookings, series and waiting lists: unlinked from the person after this many months. */
  bookingsMonths: z.number().int().min(1),
  /** A session lasts this many days. */
  sessionDays: z.number().int().min(1),
  /** Expired sessions and login attempts are deleted this many days after they expire. */
  expiredSessionsDays: z.number().int().min(0),
  /** Mails kept by the development outbox (no mail server): deleted after this many days. */
  outboxDays: z.number().int().min(1),
  /** Finished background jobs (pg-boss archive): deleted after this many days. */
  jobsDays: z.number().int().min(1),
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
    uid: z.string().nullable(),
    siret: z.string().nullable(),
    idpId: z.string().nullable(),
    organizationLabel: z.string().nullable(),
    isAdmin: z.boolean(),
    createdAt: instantSchema,
    lastLoginAt: instantSchema.nullable(),
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
      seriesId: z.uuid().nullable(),
      createdAt: instantSchema,
      cancelledAt: instantSchema.nullable(),
      checkedInAt: instantSchema.nullable(),
      checkedInKioskName: z.string().nullable(),
      checkedOutAt: instantSchema.nullable(),
      releasedAt: instantSchema.nullable(),
      mailQrCodeUsedAt: instantSchema.nullable(),
      remindedAt: instantSchema.nullable(),
      /** « Qui est là ? » for this booking's day: null follows my profile. */
      presence: z.boolean().nullable(),
    }),
  ),
  /** My « Qui est là ? » profile, when I set one (« Quitter » deletes it at once). */
  presenceProfile: z
    .object({
      isVisible: z.boolean(),
      workSummary: z.string(),
      skillTags: z.array(z.string()),
      updatedAt: instantSchema,
    })
    .nullable(),
  bookingSeries: z.array(
    z.object({
      id: z.uuid(),
      siteName: z.string(),
      deskLabel: z.string(),
      slot: slotSchema,
      weekdays: z.array(z.number().int().min(1).max(7)),
      from: isoDateSchema,
      until: isoDateSchema,
      createdAt: instantSchema,
      cancelledAt: instantSchema.nullable(),
    }),
  ),
  waitlistEntries: z.array(
    z.object({
      id: z.uuid(),
      siteName: z.string(),
      date: isoDateSchema,
      slot: slotSchema,
      zone: z.string().nullable(),
      status: waitlistStatusSchema,
      createdAt: instantSchema,
      promotedAt: instantSchema.nullable(),
      endedAt: instantSchema.nullable(),
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
      visitDays: z.number().int(),
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
      cancelledAt: instantSchema.nullable(),
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
      guestName: z.string().nullable(),
      organisation: z.string().nullable(),
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
      headcount: z.number().int(),
      attendeeEmails: z.array(z.string()),
      status: z.enum(['confirmed', 'cancelled']),
      createdAt: instantSchema,
      cancelledAt: instantSchema.nullable(),
    }),
  ),
  /** Scans of my bookings a kiosk queued while offline, then sent. */
  offlineScans: z.array(
    z.object({
      bookingId: z.uuid().nullable(),
      kioskName: z.string(),
      outcome: z.enum(['applied', 'already_checked_in', 'refused']),
      message: z.string().nullable(),
      scannedAt: instantSchema,
      receivedAt: instantSchema,
    }),
  ),
  calendarFeed: z.object({ isActive: z.boolean(), createdAt: instantSchema.nullable() }),
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
      siteName: z.string().nullable(),
      subject: z.string(),
    }),
  ),
  retention: retentionPeriodsSchema,
});
export type MyData = z.infer<typeof myDataSchema>;

/** What deleting my account did (`DELETE /api/me`); the session cookie is cleared too. */
export const accountDeletionSchema = z.object({
  cancelledBookings: z.number().int().min(0),
  /** Bookings under way when I left: checked out at once, the desk freed. */
  checkedOutBookings: z.number().int().min(0),
  endedSeries: z.number().int().min(0),
  leftWaitlists: z.number().int().min(0),
  /** Events to come I was registered to or waited for: left, my place given to who waits. */
  leftEvents: z.number().int().min(0),
  /** Rooms I booked for a group, still to come: cancelled, the people named told. */
  cancelledRoomBookings: z.number().int().min(0),
  /** Past bookings kept for statistics, no longer linked to anyone. */
  anonymisedBookings: z.number().int().min(0),
  removedSiteRoles: z.number().int().min(0),
  releasedDesks: z.number().int().min(0),
  endedSessions: z.number().int().min(0),
});
export type AccountDeletion = z.infer<typeof accountDeletionSchema>;
