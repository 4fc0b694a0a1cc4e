import {
  bookingSlotSchema,
  bookingStatusSchema,
  deskAttributeSchema,
  slotSchema,
} from '@admz/shared';
import { z } from 'zod';
import {
  column,
  namedStatement,
  queryOneRow,
  queryRows,
  type Queryable,
} from '../database/typed-query';
import { isoWeekOf } from './booking-rules';
import { isActiveBookingSql } from './active-bookings';
import type { PlannedStatement } from '../jobs/jobs.service';
import type { BookingWithPlace } from './booking-with-place';

/**
 * The bookings domain's SQL: each statement with the schema of its rows. Reads that TypeORM's
 * repositories express well stay with the repositories; what needs SQL (exclusion constraints,
 * counts under a lock, windows) is here.
 */

/** What a new booking is made of; everything else (id, short code, times) the insert fills in. */
export type NewBooking = {
  siteId: string;
  deskId: string;
  userId: string;
  slot: z.output<typeof bookingSlotSchema>;
  localDate: string;
  startsAt: Date;
  endsAt: Date;
  status: 'confirmed' | 'checked_in';
  checkedInAt: Date | null;
  checkedInKioskId: string | null;
  isWalkIn: boolean;
  seriesId: string | null;
  createdAt: Date;
};

const storedBookingRow = z.object({
  id: column.id,
  site_id: column.id,
  desk_id: column.id,
  user_id: column.id.nullable(),
  slot: bookingSlotSchema,
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  status: bookingStatusSchema,
  short_code: column.text,
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
  checked_in_at: column.instant.nullable(),
  checked_in_kiosk_id: column.id.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  mail_qr_used_at: column.instant.nullable(),
  is_walk_in: column.boolean,
  series_id: column.id.nullable(),
  reminded_at: column.instant.nullable(),
});

/** A booking row, as the service and the API response read it. */
export type StoredBooking = {
  id: string;
  siteId: string;
  deskId: string;
  userId: string | null;
  slot: z.output<typeof bookingSlotSchema>;
  localDate: string;
  startsAt: Date;
  endsAt: Date;
  status: z.output<typeof bookingStatusSchema>;
  shortCode: string;
  createdAt: Date;
  cancelledAt: Date | null;
  checkedInAt: Date | null;
  checkedInKioskId: string | null;
  checkedOutAt: Date | null;
  releasedAt: Date | null;
  mailQrUsedAt: Date | null;
  isWalkIn: boolean;
  seriesId: string | null;
  remindedAt: Date | null;
};

function toStoredBooking(row: z.output<typeof storedBookingRow>): StoredBooking {
  return {
    id: row.id,
    siteId: row.site_id,
    deskId: row.desk_id,
    userId: row.user_id,
    slot: row.slot,
    localDate: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    shortCode: row.short_code,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    checkedInAt: row.checked_in_at,
    checkedInKioskId: row.checked_in_kiosk_id,
    checkedOutAt: row.checked_out_at,
    releasedAt: row.released_at,
    mailQrUsedAt: row.mail_qr_used_at,
    isWalkIn: row.is_walk_in,
    seriesId: row.series_id,
    remindedAt: row.reminded_at,
  };
}

/**
 * Inserts a booking with the given id and short code; the exclusion constraints decide any race.
 * The holder's administration (ProConnect `siret`, `organization_label`) is copied onto the
 * booking as it is today: statistics count administrations after the booking is anonymised.
 * Null when the desk is no longer active or its site archived: the desk and site rows are read
 * FOR SHARE, so a deactivation or an archive (FOR UPDATE, then cancelling) either waits for this
 * booking to commit and cancels it, or commits first and this insert sees it.
 *
 * `alongside`, a statement planned elsewhere (the confirmation mail's job), runs in the same
 * statement as a data-modifying CTE: it commits if and only if the insert does not fail, in the
 * same round trip. When the guard above finds no row, it still runs — its job then finds no
 * booking and sends nothing.
 */
export async function insertBooking(
  db: Queryable,
  booking: NewBooking,
  {
    id,
    shortCode,
    alongside,
    namesStatement = false,
  }: {
    id: string;
    shortCode: string;
    alongside?: PlannedStatement;
    /** Run it as a named statement (see NamedStatement): on a PostgreSQL server. */
    namesStatement?: boolean;
  },
): Promise<StoredBooking | null> {
  const values = [
    booking.siteId,
    booking.deskId,
    booking.userId,
    booking.slot,
    booking.localDate,
    booking.startsAt,
    booking.endsAt,
    booking.status,
    shortCode,
    booking.checkedInAt,
    booking.checkedInKioskId,
    booking.isWalkIn,
    booking.seriesId,
    booking.createdAt,
    id,
  ];
  const text = alongside ? insertBookingAlongside(alongside.text) : insertBookingText;
  const [row] = await queryRows(
    db,
    storedBookingRow,
    namesStatement ? namedStatement(text) : text,
    alongside ? [...values, ...alongside.values] : values,
  );
  return row === undefined ? null : toStoredBooking(row);
}

const insertBookingText = `INSERT INTO bookings (id, site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                           short_code, checked_in_at, checked_in_kiosk_id, is_walk_in, series_id,
                           created_at, organization_siret, organization_label)
     SELECT $15, s.id, d.id, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
            (SELECT siret FROM users WHERE id = $3), (SELECT organization_label FROM users WHERE id = $3)
     FROM desks d JOIN sites s ON s.id = d.site_id
     WHERE d.id = $2 AND s.id = $1 AND d.is_active AND s.archived_at IS NULL
     FOR SHARE OF d, s
     RETURNING *`;

const insertBookingParameterCount = 15;

/** The insert with a statement run alongside it (its job), made once per statement text. */
const insertsAlongside = new Map<string, string>();
function insertBookingAlongside(alongsideText: string): string {
  let text = insertsAlongside.get(alongsideText);
  if (text === undefined) {
    text = `WITH booking AS (${insertBookingText}), alongside AS (${shiftParameters(alongsideText, insertBookingParameterCount)})
     SELECT * FROM booking`;
    insertsAlongside.set(alongsideText, text);
  }
  return text;
}

/** Renumbers a statement's `$n` placeholders after `offset` others, to run it inside another. */
export function shiftParameters(text: string, offset: number): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => `$${Number(index) + offset}`);
}

/** Whether a desk is still offered and its site not archived: why an insert found no row. */
export async function readPlaceAvailability(db: Queryable, deskId: string) {
  const row = await queryOneRow(
    db,
    z.object({ is_active: column.boolean, is_archived: column.boolean }),
    `SELECT d.is_active, s.archived_at IS NOT NULL AS is_archived
     FROM desks d JOIN sites s ON s.id = d.site_id WHERE d.id = $1`,
    [deskId],
  );
  return { isDeskActive: row.is_active, isSiteArchived: row.is_archived };
}

/** A person's active bookings at a site in the ISO week (site calendar) holding `date`. */
export async function countBookingsInWeek(
  db: Queryable,
  siteId: string,
  userId: string,
  date: string,
): Promise<number> {
  const { monday, sunday } = isoWeekOf(date);
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM bookings
     WHERE site_id = $1 AND user_id = $2 AND local_date BETWEEN $3 AND $4
       AND ${isActiveBookingSql()}`,
    [siteId, userId, monday, sunday],
  );
  return count;
}

/**
 * What an availability answer reads of the person, in one round trip: key holder (extended
 * hours), the claims population rules read, and their active bookings in the ISO week of `date`.
 */
export async function readPersonAtSite(
  db: Queryable,
  siteId: string,
  userId: string,
  date: string,
) {
  const { monday, sunday } = isoWeekOf(date);
  return queryOneRow(
    db,
    z.object({
      is_key_holder: column.boolean,
      person: z
        .object({ siret: column.text.nullable(), organization_label: column.text.nullable() })
        .nullable(),
      bookings_this_week: column.integer,
    }),
    `SELECT EXISTS (SELECT 1 FROM site_roles k
                    WHERE k.site_id = $1 AND k.user_id = $2 AND k.role = 'key_holder') AS is_key_holder,
            (SELECT row_to_json(p) FROM (SELECT siret, organization_label FROM users WHERE id = $2) p) AS person,
            (SELECT count(*)::int FROM bookings
             WHERE site_id = $1 AND user_id = $2 AND local_date BETWEEN $3 AND $4
               AND ${isActiveBookingSql()}) AS bookings_this_week`,
    [siteId, userId, monday, sunday],
  );
}

/** Holds the person's bookings lock until the transaction ends (counted rules check, then insert). */
export async function lockPersonBookings(db: Queryable, userId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `admz:person-bookings:${userId}`,
  ]);
}

const bookableDeskRow = z.object({
  id: column.id,
  label: column.text,
  zone: column.text,
  attributes: z.array(deskAttributeSchema),
  plan_x: z.number().nullable(),
  plan_y: z.number().nullable(),
  assigned_user_id: column.id.nullable(),
});

/** The active desks of a site, in the order the booking page lists them. */
export async function listBookableDesks(db: Queryable, siteId: string) {
  const rows = await queryRows(
    db,
    bookableDeskRow,
    `SELECT id, label, zone, attributes, plan_x, plan_y, assigned_user_id
     FROM desks WHERE site_id = $1 AND is_active ORDER BY zone, label`,
    [siteId],
  );
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    zone: row.zone,
    attributes: row.attributes,
    planPosition:
      row.plan_x === null || row.plan_y === null ? null : { x: row.plan_x, y: row.plan_y },
    assignedUserId: row.assigned_user_id,
  }));
}

/** Who holds which desk when, on one day of a site. */
export async function listActiveBookingsOfDay(db: Queryable, siteId: string, date: string) {
  const rows = await queryRows(
    db,
    z.object({
      desk_id: column.id,
      user_id: column.id.nullable(),
      starts_at: column.instant,
      ends_at: column.instant,
    }),
    `SELECT desk_id, user_id, starts_at, ends_at
     FROM bookings WHERE site_id = $1 AND local_date = $2 AND ${isActiveBookingSql()}`,
    [siteId, date],
  );
  return rows.map((row) => ({
    deskId: row.desk_id,
    userId: row.user_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  }));
}

export async function countActiveDesks(db: Queryable, siteId: string): Promise<number> {
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM desks WHERE site_id = $1 AND is_active`,
    [siteId],
  );
  return count;
}

export type SlotWindow = { date: string; slot: string; startsAt: Date; endsAt: Date };

/** Per day and slot window: how many active desks are taken (booked, or in a zone an event holds), and the caller's booking if any. */
export async function summariseSlotUsage(
  db: Queryable,
  siteId: string,
  userId: string,
  windows: readonly SlotWindow[],
) {
  if (windows.length === 0) return [];
  const rows = await queryRows(
    db,
    z.object({
      date: column.date,
      slot: slotSchema,
      taken: column.integer,
      my_booking_id: column.id.nullable(),
    }),
    // A desk is taken in a window when a booking holds it, or an approved event holds its zone.
    `WITH w AS (
       SELECT * FROM unnest($3::date[], $4::text[], $5::timestamptz[], $6::timestamptz[])
         AS w(date, slot, starts_at, ends_at)
     ), taken AS (
       SELECT w.date, w.slot, b.desk_id, b.id AS booking_id, b.user_id
       FROM w
       JOIN bookings b ON b.site_id = $1 AND b.local_date = w.date
        AND ${isActiveBookingSql('b')}
        AND b.starts_at < w.ends_at AND b.ends_at > w.starts_at
       JOIN desks d ON d.id = b.desk_id AND d.is_active
       UNION ALL
       SELECT w.date, w.slot, d.id, NULL, NULL
       FROM w
       JOIN events e ON e.site_id = $1 AND e.local_date = w.date AND e.status = 'approved'
        AND e.starts_at < w.ends_at AND e.ends_at > w.starts_at
       JOIN zones z ON z.id = e.zone_id
       JOIN desks d ON d.site_id = z.site_id AND d.zone = z.name AND d.is_active
     )
     SELECT date::text AS date, slot, count(DISTINCT desk_id)::int AS taken,
            (array_agg(booking_id::text) FILTER (WHERE user_id = $2))[1] AS my_booking_id
     FROM taken
     GROUP BY date, slot`,
    [
      siteId,
      userId,
      windows.map((window) => window.date),
      windows.map((window) => window.slot),
      windows.map((window) => window.startsAt),
      windows.map((window) => window.endsAt),
    ],
  );
  return rows.map((row) => ({
    date: row.date,
    slot: row.slot,
    taken: row.taken,
    myBookingId: row.my_booking_id,
  }));
}

const presenceRow = z.object({
  id: column.id,
  slot: bookingSlotSchema,
  starts_at: column.instant,
  ends_at: column.instant,
  status: bookingStatusSchema,
  checked_in_at: column.instant.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  desk_label: column.text,
  desk_zone: column.text,
  given_name: column.text.nullable(),
  usual_name: column.text.nullable(),
  organization_label: column.text.nullable(),
});

/** A day's bookings of a site that were not cancelled, with desk and person (null once anonymised). */
export async function listPresence(db: Queryable, siteId: string, date: string) {
  const rows = await queryRows(
    db,
    presenceRow,
    `SELECT b.id, b.slot, b.starts_at, b.ends_at, b.status, b.checked_in_at, b.checked_out_at,
            b.released_at, d.label AS desk_label, d.zone AS desk_zone,
            u.given_name, u.usual_name, u.organization_label
     FROM bookings b
     JOIN desks d ON d.id = b.desk_id
     LEFT JOIN users u ON u.id = b.user_id
     WHERE b.site_id = $1 AND b.local_date = $2 AND b.status <> 'cancelled'`,
    [siteId, date],
  );
  return rows.map((row) => ({
    bookingId: row.id,
    person:
      row.given_name !== null && row.usual_name !== null
        ? {
            givenName: row.given_name,
            usualName: row.usual_name,
            organizationLabel: row.organization_label,
          }
        : null,
    desk: { label: row.desk_label, zone: row.desk_zone },
    slot: row.slot,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    releasedAt: row.released_at,
  }));
}

/**
 * What a person books at a site lately (the last 90 days and ahead, cancelled ones left out):
 * one row per desk with its zone, equipment and how many times, for « Un poste libre ».
 */
export async function listRecentDeskHabits(
  db: Queryable,
  siteId: string,
  userId: string,
  since: string,
) {
  return queryRows(
    db,
    z.object({
      desk_id: column.id,
      zone: column.text,
      attributes: z.array(deskAttributeSchema),
      times: column.integer,
    }),
    `SELECT b.desk_id, d.zone, d.attributes, count(*)::int AS times
     FROM bookings b JOIN desks d ON d.id = b.desk_id
     WHERE b.site_id = $1 AND b.user_id = $2 AND b.local_date >= $3 AND b.status <> 'cancelled'
     GROUP BY b.desk_id, d.zone, d.attributes`,
    [siteId, userId, since],
  );
}

const bookingWithPlaceRow = z.object({
  id: column.id,
  status: bookingStatusSchema,
  slot: bookingSlotSchema,
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
  checked_in_at: column.instant.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  series_id: column.id.nullable(),
  site_id: column.id,
  site_name: column.text,
  site_timezone: column.text,
  desk_id: column.id,
  desk_label: column.text,
  desk_zone: column.text,
});

function toBookingWithPlace(row: z.output<typeof bookingWithPlaceRow>): BookingWithPlace {
  return {
    id: row.id,
    status: row.status,
    slot: row.slot,
    localDate: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    releasedAt: row.released_at,
    seriesId: row.series_id,
    site: { id: row.site_id, name: row.site_name, timezone: row.site_timezone },
    desk: { id: row.desk_id, label: row.desk_label, zone: row.desk_zone },
  };
}

const bookingWithPlaceColumns = `b.id, b.status, b.slot, b.local_date, b.starts_at, b.ends_at, b.created_at,
  b.cancelled_at, b.checked_in_at, b.checked_out_at, b.released_at, b.series_id,
  s.id AS site_id, s.name AS site_name, s.timezone AS site_timezone,
  d.id AS desk_id, d.label AS desk_label, d.zone AS desk_zone`;

/**
 * A person's bookings starting at `since` or later, soonest first: a range of the index
 * bookings_user_start (user_id, starts_at), bounded by the booking window.
 */
export async function listBookingsOfPersonSince(
  db: Queryable,
  userId: string,
  since: Date,
): Promise<BookingWithPlace[]> {
  const rows = await queryRows(
    db,
    bookingWithPlaceRow,
    `SELECT ${bookingWithPlaceColumns}
     FROM bookings b JOIN sites s ON s.id = b.site_id JOIN desks d ON d.id = b.desk_id
     WHERE b.user_id = $1 AND b.starts_at >= $2
     ORDER BY b.starts_at, b.id`,
    [userId, since],
  );
  return rows.map(toBookingWithPlace);
}

/**
 * A page of a person's bookings starting before `before.startsAt` (or at it, with a smaller id),
 * latest first: the same index read backwards, stopping after `limit` rows — however many years
 * of history the person has. `starts_at <= $2` is spelt out so the planner bounds the index range
 * with it; the row comparison then drops the ties already shown.
 */
export async function listBookingsOfPersonBefore(
  db: Queryable,
  userId: string,
  before: { startsAt: Date; id: string | null },
  limit: number,
): Promise<BookingWithPlace[]> {
  const rows = await queryRows(
    db,
    bookingWithPlaceRow,
    `SELECT ${bookingWithPlaceColumns}
     FROM bookings b JOIN sites s ON s.id = b.site_id JOIN desks d ON d.id = b.desk_id
     WHERE b.user_id = $1 AND b.starts_at <= $2
       AND (b.starts_at < $2 OR ($3::uuid IS NOT NULL AND b.id < $3::uuid))
     ORDER BY b.starts_at DESC, b.id DESC
     LIMIT $4`,
    [userId, before.startsAt, before.id, limit],
  );
  return rows.map(toBookingWithPlace);
}
