import {
  defaultRoomRules,
  roomEquipmentSchema,
  roomKindSchema,
  type RoomEquipment,
  type RoomKind,
  type RoomRules,
} from '@admz/shared';
import { z } from 'zod';
import {
  column,
  queryAffectedCount,
  queryOneRow,
  queryRows,
  type Queryable,
} from '../database/typed-query';

/** The rooms domain's SQL: each statement with the schema of its rows, one mapper per row. */

const roomRow = z.object({
  id: column.id,
  site_id: column.id,
  name: column.text,
  kind: roomKindSchema,
  capacity: column.integer,
  equipment: z.array(roomEquipmentSchema),
  is_active: column.boolean,
});

export type RoomRow = {
  id: string;
  siteId: string;
  name: string;
  kind: RoomKind;
  capacity: number;
  equipment: RoomEquipment[];
  isActive: boolean;
};

function toRoomRow(row: z.output<typeof roomRow>): RoomRow {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    kind: row.kind,
    capacity: row.capacity,
    equipment: row.equipment,
    isActive: row.is_active,
  };
}

const selectRooms = `SELECT id, site_id, name, kind, capacity, equipment, is_active FROM rooms`;

/** A site's rooms by name; the inactive ones too when asked (the hosts' page). */
export async function listRooms(
  db: Queryable,
  siteId: string,
  { activeOnly }: { activeOnly: boolean },
): Promise<RoomRow[]> {
  const rows = await queryRows(
    db,
    roomRow,
    `${selectRooms} WHERE site_id = $1 ${activeOnly ? 'AND is_active' : ''} ORDER BY name`,
    [siteId],
  );
  return rows.map(toRoomRow);
}

/** The room, if it is one of the site's; locked when asked (a change or a hold). */
export async function findRoomOfSite(
  db: Queryable,
  siteId: string,
  roomId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<RoomRow | null> {
  const [row] = await queryRows(
    db,
    roomRow,
    `${selectRooms} WHERE id = $1 AND site_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [roomId, siteId],
  );
  return row ? toRoomRow(row) : null;
}

/** The room, whatever its site (a booking request names a room only). */
export async function findRoom(db: Queryable, roomId: string): Promise<RoomRow | null> {
  const [row] = await queryRows(db, roomRow, `${selectRooms} WHERE id = $1`, [roomId]);
  return row ? toRoomRow(row) : null;
}

export async function insertRoom(
  db: Queryable,
  room: {
    siteId: string;
    name: string;
    kind: RoomKind;
    capacity: number;
    equipment: RoomEquipment[];
    createdAt: Date;
  },
): Promise<RoomRow> {
  return toRoomRow(
    await queryOneRow(
      db,
      roomRow,
      `INSERT INTO rooms (site_id, name, kind, capacity, equipment, created_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6)
       RETURNING id, site_id, name, kind, capacity, equipment, is_active`,
      [room.siteId, room.name, room.kind, room.capacity, room.equipment, room.createdAt],
    ),
  );
}

/** Writes the room's new values (all of them: the service merged the change into the row). */
export async function updateRoom(db: Queryable, room: RoomRow): Promise<RoomRow> {
  return toRoomRow(
    await queryOneRow(
      db,
      roomRow,
      `UPDATE rooms SET name = $2, kind = $3, capacity = $4, equipment = $5::text[], is_active = $6
       WHERE id = $1
       RETURNING id, site_id, name, kind, capacity, equipment, is_active`,
      [room.id, room.name, room.kind, room.capacity, room.equipment, room.isActive],
    ),
  );
}

/** Writes the site's room rules (its first change creates its row). */
export async function upsertRoomRules(
  db: Queryable,
  siteId: string,
  rules: RoomRules,
): Promise<void> {
  await db.query(
    `INSERT INTO room_rules (site_id, max_duration_minutes, max_days_ahead, max_upcoming_per_person)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (site_id) DO UPDATE SET max_duration_minutes = $2, max_days_ahead = $3,
       max_upcoming_per_person = $4`,
    [siteId, rules.maxDurationMinutes, rules.maxDaysAhead, rules.maxUpcomingPerPerson],
  );
}

/** The site's room rules, the defaults where it set none. */
export async function readRoomRules(db: Queryable, siteId: string): Promise<RoomRules> {
  const [row] = await queryRows(
    db,
    z.object({
      max_duration_minutes: column.integer,
      max_days_ahead: column.integer,
      max_upcoming_per_person: column.integer,
    }),
    `SELECT max_duration_minutes, max_days_ahead, max_upcoming_per_person
     FROM room_rules WHERE site_id = $1`,
    [siteId],
  );
  return row
    ? {
        maxDurationMinutes: row.max_duration_minutes,
        maxDaysAhead: row.max_days_ahead,
        maxUpcomingPerPerson: row.max_upcoming_per_person,
      }
    : { ...defaultRoomRules };
}

/**
 * Holds the person's room-bookings lock until the transaction ends: the count of their upcoming
 * bookings and the insert it allows are one step, on any process.
 */
export async function lockPersonRoomBookings(db: Queryable, userId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `admz:person-room-bookings:${userId}`,
  ]);
}

/** The person's confirmed group bookings not over yet (event holds are not theirs to count). */
export async function countUpcomingBookedBy(
  db: Queryable,
  userId: string,
  now: Date,
): Promise<number> {
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM room_bookings
     WHERE booked_by_user_id = $1 AND status = 'confirmed' AND event_id IS NULL AND ends_at > $2`,
    [userId, now],
  );
  return count;
}

export type NewRoomBooking = {
  roomId: string;
  siteId: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  headcount: number;
  bookedByUserId: string | null;
  eventId: string | null;
  createdAt: Date;
};

/** Inserts a hold; the exclusion constraint `room_bookings_no_overlap` decides any race. */
export async function insertRoomBooking(db: Queryable, booking: NewRoomBooking): Promise<string> {
  const { id } = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO room_bookings (room_id, site_id, local_date, starts_at, ends_at, title,
                                headcount, booked_by_user_id, event_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     RETURNING id`,
    [
      booking.roomId,
      booking.siteId,
      booking.date,
      booking.startsAt,
      booking.endsAt,
      booking.title,
      booking.headcount,
      booking.bookedByUserId,
      booking.eventId,
      booking.createdAt,
    ],
  );
  return id;
}

/** The people named; an address of a known person links them (case ignored). */
export async function insertAttendees(
  db: Queryable,
  roomBookingId: string,
  emails: string[],
): Promise<void> {
  if (emails.length === 0) return;
  await db.query(
    `INSERT INTO room_booking_attendees (room_booking_id, email, user_id)
     SELECT $1, named.address,
            (SELECT u.id FROM users u WHERE lower(u.email) = named.address
             ORDER BY u.created_at LIMIT 1)
     FROM unnest($2::text[]) AS named (address)`,
    [roomBookingId, emails],
  );
}

const busyRow = z.object({
  room_id: column.id,
  starts_at: column.instant,
  ends_at: column.instant,
  event_id: column.id.nullable(),
});

/** The confirmed holds of a site's rooms that touch a site-local day. */
export async function listBusyOnDay(
  db: Queryable,
  siteId: string,
  date: string,
): Promise<z.output<typeof busyRow>[]> {
  return queryRows(
    db,
    busyRow,
    `SELECT room_id, starts_at, ends_at, event_id FROM room_bookings
     WHERE site_id = $1 AND local_date = $2 AND status = 'confirmed'
     ORDER BY starts_at`,
    [siteId, date],
  );
}

const roomBookingRow = z.object({
  id: column.id,
  room_id: column.id,
  room_name: column.text,
  room_kind: roomKindSchema,
  site_id: column.id,
  site_name: column.text,
  site_address: column.text,
  timezone: column.text,
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  title: column.text,
  headcount: column.integer,
  status: z.enum(['confirmed', 'cancelled']),
  booked_by_user_id: column.id.nullable(),
  booker_given_name: column.text.nullable(),
  booker_usual_name: column.text.nullable(),
  booker_email: column.text.nullable(),
  event_id: column.id.nullable(),
  attendee_emails: z.array(column.text),
  created_at: column.instant,
  cancelled_at: column.instant.nullable(),
});

export type RoomBookingRow = {
  id: string;
  room: { id: string; name: string; kind: RoomKind };
  siteId: string;
  siteName: string;
  siteAddress: string;
  timezone: string;
  date: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  headcount: number;
  status: 'confirmed' | 'cancelled';
  booker: { userId: string; givenName: string; usualName: string; email: string } | null;
  eventId: string | null;
  attendeeEmails: string[];
  createdAt: Date;
  cancelledAt: Date | null;
};

function toRoomBookingRow(row: z.output<typeof roomBookingRow>): RoomBookingRow {
  return {
    id: row.id,
    room: { id: row.room_id, name: row.room_name, kind: row.room_kind },
    siteId: row.site_id,
    siteName: row.site_name,
    siteAddress: row.site_address,
    timezone: row.timezone,
    date: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    title: row.title,
    headcount: row.headcount,
    status: row.status,
    booker:
      row.booked_by_user_id !== null &&
      row.booker_given_name !== null &&
      row.booker_usual_name !== null &&
      row.booker_email !== null
        ? {
            userId: row.booked_by_user_id,
            givenName: row.booker_given_name,
            usualName: row.booker_usual_name,
            email: row.booker_email,
          }
        : null,
    eventId: row.event_id,
    attendeeEmails: row.attendee_emails,
    createdAt: row.created_at,
    cancelledAt: row.cancelled_at,
  };
}

const selectRoomBookings = `
  SELECT b.id, b.room_id, r.name AS room_name, r.kind AS room_kind, b.site_id,
         s.name AS site_name, s.address AS site_address, s.timezone, b.local_date, b.starts_at,
         b.ends_at, b.title, b.headcount, b.status, b.booked_by_user_id,
         u.given_name AS booker_given_name, u.usual_name AS booker_usual_name,
         u.email AS booker_email, b.event_id,
         ARRAY(SELECT a.email FROM room_booking_attendees a
               WHERE a.room_booking_id = b.id ORDER BY a.email) AS attendee_emails,
         b.created_at, b.cancelled_at
  FROM room_bookings b
  JOIN rooms r ON r.id = b.room_id
  JOIN sites s ON s.id = b.site_id
  LEFT JOIN users u ON u.id = b.booked_by_user_id`;

export async function findRoomBooking(
  db: Queryable,
  bookingId: string,
  { lock = false }: { lock?: boolean } = {},
): Promise<RoomBookingRow | null> {
  const [row] = await queryRows(
    db,
    roomBookingRow,
    `${selectRoomBookings} WHERE b.id = $1 ${lock ? 'FOR UPDATE OF b' : ''}`,
    [bookingId],
  );
  return row ? toRoomBookingRow(row) : null;
}

/**
 * Group bookings (not event holds) the person booked or is named in, confirmed and ending after
 * `since`, soonest first: their list (since = now) and their calendar feed.
 */
export async function listRoomBookingsOf(
  db: Queryable,
  userId: string,
  since: Date,
): Promise<RoomBookingRow[]> {
  const rows = await queryRows(
    db,
    roomBookingRow,
    `${selectRoomBookings}
     WHERE b.status = 'confirmed' AND b.event_id IS NULL AND b.ends_at > $2
       AND (b.booked_by_user_id = $1
            OR b.id IN (SELECT a.room_booking_id FROM room_booking_attendees a
                        WHERE a.user_id = $1
                           -- Named before their first login: found by their address.
                           OR a.email = (SELECT lower(u.email) FROM users u WHERE u.id = $1)))
     ORDER BY b.starts_at, r.name`,
    [userId, since],
  );
  return rows.map(toRoomBookingRow);
}

/** A site's confirmed holds of a day (group bookings and event holds): the hosts' list. */
export async function listSiteRoomBookingsOnDay(
  db: Queryable,
  siteId: string,
  date: string,
): Promise<RoomBookingRow[]> {
  const rows = await queryRows(
    db,
    roomBookingRow,
    `${selectRoomBookings}
     WHERE b.site_id = $1 AND b.local_date = $2 AND b.status = 'confirmed'
     ORDER BY b.starts_at, r.name`,
    [siteId, date],
  );
  return rows.map(toRoomBookingRow);
}

/** Everything the person booked, whatever became of it: « Mes données ». */
export async function listAllRoomBookingsBookedBy(
  db: Queryable,
  userId: string,
): Promise<RoomBookingRow[]> {
  const rows = await queryRows(
    db,
    roomBookingRow,
    `${selectRoomBookings} WHERE b.booked_by_user_id = $1 ORDER BY b.starts_at`,
    [userId],
  );
  return rows.map(toRoomBookingRow);
}

/** Cancels a confirmed hold; false when it was not confirmed any more. */
export async function cancelRoomBooking(
  db: Queryable,
  bookingId: string,
  at: Date,
): Promise<boolean> {
  const count = await queryAffectedCount(
    db,
    `UPDATE room_bookings SET status = 'cancelled', cancelled_at = $2
     WHERE id = $1 AND status = 'confirmed'`,
    [bookingId, at],
  );
  return count > 0;
}

/** Releases the room an event held (its cancellation). */
export async function cancelEventHold(db: Queryable, eventId: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE room_bookings SET status = 'cancelled', cancelled_at = $2
     WHERE event_id = $1 AND status = 'confirmed'`,
    [eventId, at],
  );
}

/** The person's group bookings to come, for account deletion (cancelled one by one, told). */
export async function listUpcomingIdsBookedBy(
  db: Queryable,
  userId: string,
  now: Date,
): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `SELECT id FROM room_bookings
     WHERE booked_by_user_id = $1 AND status = 'confirmed' AND event_id IS NULL AND ends_at > $2
     ORDER BY starts_at`,
    [userId, now],
  );
  return rows.map((row) => row.id);
}

/** A named person's first name when they have an account (for a mail's greeting). */
export async function findGivenNameByEmail(db: Queryable, email: string): Promise<string | null> {
  const [row] = await queryRows(
    db,
    z.object({ given_name: column.text }),
    `SELECT given_name FROM users WHERE lower(email) = lower($1) ORDER BY created_at LIMIT 1`,
    [email],
  );
  return row?.given_name ?? null;
}
