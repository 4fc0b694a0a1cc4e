import { bookingSlotSchema, bookingStatusSchema } from '@admz/shared';
import { z } from 'zod';
import { isActiveBookingSql } from '../bookings/active-bookings';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';

/**
 * The host's day at a site: the board of today's bookings, the people on site now (evacuation),
 * and the changes a host makes by hand (arrival, departure, booking or cancelling for someone),
 * each a conditional UPDATE so that a kiosk scan or a second host at the same moment changes a
 * booking once.
 */

const personColumns = {
  given_name: column.text.nullable(),
  usual_name: column.text.nullable(),
  organization_label: column.text.nullable(),
};

const toPerson = (row: {
  given_name: string | null;
  usual_name: string | null;
  organization_label: string | null;
}) =>
  row.given_name !== null && row.usual_name !== null
    ? {
        givenName: row.given_name,
        usualName: row.usual_name,
        organizationLabel: row.organization_label,
      }
    : null;

const actorName = (name: string | null) => (name === null ? null : { name });

const todayRow = z.object({
  id: column.id,
  slot: bookingSlotSchema,
  starts_at: column.instant,
  ends_at: column.instant,
  status: bookingStatusSchema,
  is_walk_in: column.boolean,
  checked_in_at: column.instant.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  desk_id: column.id,
  desk_label: column.text,
  desk_zone: column.text,
  ...personColumns,
  booked_by_name: column.text.nullable(),
  checked_in_by_name: column.text.nullable(),
  checked_out_by_name: column.text.nullable(),
});

const actorNameSql = (alias: string) =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE trim(${alias}.given_name || ' ' || ${alias}.usual_name) END`;

/** A day's bookings of a site that were not cancelled, with desk, person and the hosts who acted. */
export async function listDayBookings(db: Queryable, siteId: string, date: string) {
  const rows = await queryRows(
    db,
    todayRow,
    `SELECT b.id, b.slot, b.starts_at, b.ends_at, b.status, b.is_walk_in, b.checked_in_at,
            b.checked_out_at, b.released_at, d.id AS desk_id, d.label AS desk_label,
            d.zone AS desk_zone, u.given_name, u.usual_name, u.organization_label,
            ${actorNameSql('bb')} AS booked_by_name,
            ${actorNameSql('ci')} AS checked_in_by_name,
            ${actorNameSql('co')} AS checked_out_by_name
     FROM bookings b
     JOIN desks d ON d.id = b.desk_id
     LEFT JOIN users u ON u.id = b.user_id
     LEFT JOIN users bb ON bb.id = b.booked_by_user_id
     LEFT JOIN users ci ON ci.id = b.checked_in_by_user_id
     LEFT JOIN users co ON co.id = b.checked_out_by_user_id
     WHERE b.site_id = $1 AND b.local_date = $2 AND b.status <> 'cancelled'`,
    [siteId, date],
  );
  return rows.map((row) => ({
    bookingId: row.id,
    person: toPerson(row),
    desk: { id: row.desk_id, label: row.desk_label, zone: row.desk_zone },
    slot: row.slot,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    isWalkIn: row.is_walk_in,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    releasedAt: row.released_at,
    bookedBy: actorName(row.booked_by_name),
    arrivalMarkedBy: actorName(row.checked_in_by_name),
    departureMarkedBy: actorName(row.checked_out_by_name),
  }));
}

/** The site's active desks that no booking holds at `now`, by zone and label. */
export async function listFreeDesksAt(db: Queryable, siteId: string, now: Date) {
  return queryRows(
    db,
    z.object({ id: column.id, label: column.text, zone: column.text }),
    `SELECT d.id, d.label, d.zone FROM desks d
     WHERE d.site_id = $1 AND d.is_active
       AND NOT EXISTS (
         SELECT 1 FROM bookings b
         WHERE b.desk_id = d.id AND ${isActiveBookingSql('b')}
           AND b.starts_at <= $2 AND b.ends_at > $2)
     ORDER BY d.zone, d.label`,
    [siteId, now],
  );
}

/** Everyone checked in at the site and not gone (walk-ins included), as the occupancy counts them. */
export async function listPeopleOnSite(db: Queryable, siteId: string) {
  const rows = await queryRows(
    db,
    z.object({
      id: column.id,
      desk_label: column.text,
      desk_zone: column.text,
      checked_in_at: column.instant.nullable(),
      is_walk_in: column.boolean,
      ...personColumns,
    }),
    `SELECT b.id, d.label AS desk_label, d.zone AS desk_zone, b.checked_in_at, b.is_walk_in,
            u.given_name, u.usual_name, u.organization_label
     FROM bookings b
     JOIN desks d ON d.id = b.desk_id
     LEFT JOIN users u ON u.id = b.user_id
     WHERE b.site_id = $1 AND b.status = 'checked_in'`,
    [siteId],
  );
  return rows.map((row) => ({
    bookingId: row.id,
    person: toPerson(row),
    deskLabel: row.desk_label,
    zone: row.desk_zone,
    checkedInAt: row.checked_in_at,
    isWalkIn: row.is_walk_in,
  }));
}

const siteBookingRow = z.object({
  id: column.id,
  site_id: column.id,
  user_id: column.id.nullable(),
  slot: bookingSlotSchema,
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  status: bookingStatusSchema,
  checked_in_at: column.instant.nullable(),
  checked_out_at: column.instant.nullable(),
  released_at: column.instant.nullable(),
  desk_label: column.text,
  ...personColumns,
});

export type SiteBooking = {
  id: string;
  siteId: string;
  userId: string | null;
  slot: z.output<typeof bookingSlotSchema>;
  localDate: string;
  startsAt: Date;
  endsAt: Date;
  status: z.output<typeof bookingStatusSchema>;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  releasedAt: Date | null;
  deskLabel: string;
  personName: string | null;
};

/** One booking of this site (another site's is not found), with its desk and person. */
export async function findSiteBooking(
  db: Queryable,
  siteId: string,
  bookingId: string,
): Promise<SiteBooking | undefined> {
  const [row] = await queryRows(
    db,
    siteBookingRow,
    `SELECT b.id, b.site_id, b.user_id, b.slot, b.local_date::text AS local_date, b.starts_at,
            b.ends_at, b.status, b.checked_in_at, b.checked_out_at, b.released_at,
            d.label AS desk_label, u.given_name, u.usual_name, u.organization_label
     FROM bookings b
     JOIN desks d ON d.id = b.desk_id
     LEFT JOIN users u ON u.id = b.user_id
     WHERE b.id = $1 AND b.site_id = $2`,
    [bookingId, siteId],
  );
  if (!row) return undefined;
  const person = toPerson(row);
  return {
    id: row.id,
    siteId: row.site_id,
    userId: row.user_id,
    slot: row.slot,
    localDate: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    status: row.status,
    checkedInAt: row.checked_in_at,
    checkedOutAt: row.checked_out_at,
    releasedAt: row.released_at,
    deskLabel: row.desk_label,
    personName: person ? `${person.givenName} ${person.usualName}`.trim() : null,
  };
}

/**
 * Checked in by a host, from `fromStatus` (confirmed, or absent: a released booking given back
 * while its desk is free — the exclusion constraints refuse it otherwise). True when it changed.
 */
export async function markArrival(
  db: Queryable,
  change: { bookingId: string; fromStatus: 'confirmed' | 'absent'; at: Date; hostId: string },
): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE bookings
     SET status = 'checked_in', checked_in_at = $3, checked_in_by_user_id = $4,
         checked_in_kiosk_id = NULL, released_at = NULL
     WHERE id = $1 AND status = $2`,
    [change.bookingId, change.fromStatus, change.at, change.hostId],
  );
  return changed === 1;
}

/** Checked out by a host; true when it changed (it was checked in). */
export async function markDeparture(
  db: Queryable,
  change: { bookingId: string; at: Date; hostId: string },
): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE bookings SET status = 'checked_out', checked_out_at = $2, checked_out_by_user_id = $3
     WHERE id = $1 AND status = 'checked_in'`,
    [change.bookingId, change.at, change.hostId],
  );
  return changed === 1;
}

/** Cancelled by a host for the person; true when it changed (it was confirmed). */
export async function cancelOnBehalf(
  db: Queryable,
  change: { bookingId: string; at: Date; hostId: string },
): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by_user_id = $3
     WHERE id = $1 AND status = 'confirmed'`,
    [change.bookingId, change.at, change.hostId],
  );
  return changed === 1;
}

/** Records the host who made a booking, in the transaction that inserted it. */
export async function recordBookedBy(
  db: Queryable,
  bookingId: string,
  hostId: string,
): Promise<void> {
  await queryAffectedCount(db, `UPDATE bookings SET booked_by_user_id = $2 WHERE id = $1`, [
    bookingId,
    hostId,
  ]);
}

/** The name of the host who booked or cancelled for the person, for the mail; null if gone. */
export async function findBookingActorName(
  db: Queryable,
  bookingId: string,
  role: 'booked' | 'cancelled',
): Promise<string | null> {
  const actorColumn = role === 'booked' ? 'booked_by_user_id' : 'cancelled_by_user_id';
  const [row] = await queryRows(
    db,
    z.object({ name: column.text }),
    `SELECT trim(u.given_name || ' ' || u.usual_name) AS name
     FROM bookings b JOIN users u ON u.id = b.${actorColumn} WHERE b.id = $1`,
    [bookingId],
  );
  return row?.name ?? null;
}
