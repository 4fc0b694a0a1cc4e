import { bookingSlotSchema, deskAttributeSchema, type Desk } from '@admz/shared';
import { z } from 'zod';
import { column, queryOneRow, queryRows, type Queryable } from '../database/typed-query';

/** A desk as `desks` stores it, with the columns its API answer needs. */
export const deskRow = z.object({
  id: column.id,
  site_id: column.id,
  label: column.text,
  zone: column.text,
  attributes: z.array(deskAttributeSchema),
  is_active: column.boolean,
  assigned_user_id: column.id.nullable(),
  plan_x: z.number().nullable(),
  plan_y: z.number().nullable(),
});
export type DeskRow = z.output<typeof deskRow>;

export const deskColumns = `d.id, d.site_id, d.label, d.zone, d.attributes, d.is_active,
  d.assigned_user_id, d.plan_x, d.plan_y`;

export function toDesk(row: DeskRow): Desk {
  return {
    id: row.id,
    siteId: row.site_id,
    label: row.label,
    zone: row.zone,
    attributes: row.attributes,
    isActive: row.is_active,
    assignedUserId: row.assigned_user_id,
    planPosition:
      row.plan_x !== null && row.plan_y !== null ? { x: row.plan_x, y: row.plan_y } : null,
  };
}

/** The desks of the site among `deskIds`, locked until the transaction ends, in label order. */
export function lockDesksOfSite(
  db: Queryable,
  siteId: string,
  deskIds: string[],
): Promise<DeskRow[]> {
  return queryRows(
    db,
    deskRow,
    `SELECT ${deskColumns} FROM desks d
     WHERE d.site_id = $1 AND d.id = ANY($2::uuid[]) ORDER BY d.label FOR UPDATE`,
    [siteId, deskIds],
  );
}

const futureBookingRow = z.object({
  id: column.id,
  slot: bookingSlotSchema,
  date: column.date,
  startsAt: column.instant,
  endsAt: column.instant,
  givenName: column.text,
  usualName: column.text,
  email: column.text,
  label: column.text,
  zone: column.text,
});
export type FutureBookingRow = z.output<typeof futureBookingRow>;

/**
 * Bookings of these desks not over yet and still to come to (confirmed): a person already
 * checked in keeps their seat for the day.
 */
export function listFutureBookingsOnDesks(
  db: Queryable,
  deskIds: string[],
  now: Date,
): Promise<FutureBookingRow[]> {
  return queryRows(
    db,
    futureBookingRow,
    `SELECT b.id, b.slot, b.local_date AS "date", b.starts_at AS "startsAt", b.ends_at AS "endsAt",
            u.given_name AS "givenName", u.usual_name AS "usualName", u.email, d.label, d.zone
     FROM bookings b JOIN users u ON u.id = b.user_id JOIN desks d ON d.id = b.desk_id
     WHERE b.desk_id = ANY($1::uuid[]) AND b.status = 'confirmed' AND b.ends_at > $2
     ORDER BY b.starts_at, d.label`,
    [deskIds, now],
  );
}

/** Cancels those still confirmed; what was cancelled, to tell and to serve the waiting lists. */
export function cancelBookings(
  db: Queryable,
  bookingIds: string[],
  now: Date,
): Promise<
  { id: string; desk_id: string; local_date: string; slot: z.output<typeof bookingSlotSchema> }[]
> {
  return queryRows(
    db,
    z.object({
      id: column.id,
      desk_id: column.id,
      local_date: column.date,
      slot: bookingSlotSchema,
    }),
    `UPDATE bookings SET status = 'cancelled', cancelled_at = $2
     WHERE id = ANY($1::uuid[]) AND status = 'confirmed'
     RETURNING id, desk_id, local_date, slot`,
    [bookingIds, now],
  );
}

/** Sets the desks' state; the desks as they now are, in label order. */
export function setDesksActive(
  db: Queryable,
  deskIds: string[],
  isActive: boolean,
): Promise<DeskRow[]> {
  return queryRows(
    db,
    deskRow,
    `WITH changed AS (
       UPDATE desks SET is_active = $2 WHERE id = ANY($1::uuid[]) RETURNING *
     )
     SELECT ${deskColumns} FROM changed d ORDER BY d.label`,
    [deskIds, isActive],
  );
}

export async function siteTimezone(db: Queryable, siteId: string): Promise<string> {
  const { timezone } = await queryOneRow(
    db,
    z.object({ timezone: column.text }),
    `SELECT timezone FROM sites WHERE id = $1`,
    [siteId],
  );
  return timezone;
}
