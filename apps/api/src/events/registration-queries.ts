import {
  eventCheckInOpensMinutesBefore,
  eventStatusSchema,
  registrationModeSchema,
  type EventStatus,
  type RegistrationMode,
} from '@admz/shared';
import { z } from 'zod';
import { column, queryOneRow, queryRows, type Queryable } from '../database/typed-query';

/** The registrations domain's SQL: counts and changes run under the event's advisory lock. */

/**
 * Who is expected at the door (alias `r`): registered in person, not on the waiting list. Once
 * the event is over, those without a check-in are its no-shows.
 */
export const expectedAtTheDoorSql = `r.mode = 'in_person' AND r.status = 'registered'`;

/** Holds the event's registrations lock until the transaction ends (count, then insert). */
export async function lockEventRegistrations(db: Queryable, eventId: string): Promise<void> {
  await db.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `admz:event-registrations:${eventId}`,
  ]);
}

const activeRegistrationRow = z.object({
  id: column.id,
  user_id: column.id,
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting']),
  created_at: column.instant,
});

/** Registrations in force (registered or waiting), oldest first. */
export async function listActiveRegistrations(db: Queryable, eventId: string) {
  const rows = await queryRows(
    db,
    activeRegistrationRow,
    `SELECT id, user_id, mode, status, created_at FROM event_registrations
     WHERE event_id = $1 AND status <> 'cancelled' ORDER BY created_at, id`,
    [eventId],
  );
  return rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    mode: row.mode,
    status: row.status,
    createdAt: row.created_at,
  }));
}

/** A person's registrations in force to some events, with their place when waiting. */
export async function listRegistrationsOf(db: Queryable, userId: string, eventIds: string[]) {
  const rows = await queryRows(
    db,
    z.object({
      event_id: column.id,
      mode: registrationModeSchema,
      status: z.enum(['registered', 'waiting']),
      waiting_position: column.integer.nullable(),
    }),
    `SELECT r.event_id, r.mode, r.status,
            CASE WHEN r.status = 'waiting' THEN (
              SELECT count(*)::int FROM event_registrations w
              WHERE w.event_id = r.event_id AND w.status = 'waiting'
                AND (w.created_at, w.id) <= (r.created_at, r.id)
            ) END AS waiting_position
     FROM event_registrations r
     WHERE r.user_id = $1 AND r.status <> 'cancelled' AND r.event_id = ANY($2::uuid[])`,
    [userId, eventIds],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    mode: row.mode,
    status: row.status,
    waitingPosition: row.waiting_position,
  }));
}

export async function countRegisteredInPerson(db: Queryable, eventId: string): Promise<number> {
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM event_registrations
     WHERE event_id = $1 AND mode = 'in_person' AND status = 'registered'`,
    [eventId],
  );
  return count;
}

export async function insertRegistration(
  db: Queryable,
  registration: {
    eventId: string;
    userId: string;
    mode: RegistrationMode;
    status: 'registered' | 'waiting';
    createdAt: Date;
  },
): Promise<string> {
  const { id } = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO event_registrations (event_id, user_id, mode, status, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      registration.eventId,
      registration.userId,
      registration.mode,
      registration.status,
      registration.createdAt,
    ],
  );
  return id;
}

/** Cancels the person's registration in force; what it was, or null when there was none. */
export async function cancelRegistration(db: Queryable, eventId: string, userId: string, at: Date) {
  const [row] = await queryRows(
    db,
    z.object({ mode: registrationModeSchema, status: z.enum(['registered', 'waiting']) }),
    `WITH previous AS (
       SELECT id, mode, status FROM event_registrations
       WHERE event_id = $1 AND user_id = $2 AND status <> 'cancelled'
     ), cancelled AS (
       UPDATE event_registrations r SET status = 'cancelled', cancelled_at = $3
       FROM previous WHERE r.id = previous.id RETURNING r.id
     )
     SELECT previous.mode, previous.status FROM previous JOIN cancelled ON cancelled.id = previous.id`,
    [eventId, userId, at],
  );
  return row ?? null;
}

/** Gives the freed places to the oldest waiting people; the ids promoted. */
export async function promoteWaiting(
  db: Queryable,
  eventId: string,
  places: number,
  at: Date,
): Promise<string[]> {
  if (places <= 0) return [];
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `UPDATE event_registrations SET status = 'registered', promoted_at = $3
     WHERE id IN (SELECT id FROM event_registrations
                  WHERE event_id = $1 AND status = 'waiting'
                  ORDER BY created_at, id LIMIT $2)
     RETURNING id`,
    [eventId, places, at],
  );
  return rows.map((row) => row.id);
}

const registrantRow = z.object({
  given_name: column.text,
  usual_name: column.text,
  email: column.text,
  organization_label: column.text.nullable(),
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting']),
  created_at: column.instant,
  checked_in_at: column.instant.nullable(),
});

/** The organisers' list: registered first, then the waiting list, each in order of arrival. */
export async function listRegistrants(db: Queryable, eventId: string) {
  const rows = await queryRows(
    db,
    registrantRow,
    `SELECT u.given_name, u.usual_name, u.email, u.organization_label, r.mode, r.status,
            r.created_at, r.checked_in_at
     FROM event_registrations r JOIN users u ON u.id = r.user_id
     WHERE r.event_id = $1 AND r.status <> 'cancelled'
     ORDER BY r.status = 'waiting', r.created_at, r.id`,
    [eventId],
  );
  return rows.map((row) => ({
    givenName: row.given_name,
    usualName: row.usual_name,
    email: row.email,
    organizationLabel: row.organization_label,
    mode: row.mode,
    status: row.status,
    registeredAt: row.created_at.toISOString(),
    checkedInAt: row.checked_in_at?.toISOString() ?? null,
  }));
}

/** People expected at the door of an event, and how many of them were checked in. */
export async function countAttendance(db: Queryable, eventId: string) {
  return queryOneRow(
    db,
    z.object({ expected: column.integer, attendees: column.integer }),
    `SELECT count(*)::int AS expected, count(r.checked_in_at)::int AS attendees
     FROM event_registrations r WHERE r.event_id = $1 AND ${expectedAtTheDoorSql}`,
    [eventId],
  );
}

/** The person's registration in force to an event, for their pass. */
export async function findRegistrationOf(db: Queryable, eventId: string, userId: string) {
  const [row] = await queryRows(
    db,
    z.object({
      id: column.id,
      mode: registrationModeSchema,
      status: z.enum(['registered', 'waiting']),
      short_code: column.text.nullable(),
      checked_in_at: column.instant.nullable(),
    }),
    `SELECT id, mode, status, short_code, checked_in_at FROM event_registrations
     WHERE event_id = $1 AND user_id = $2 AND status <> 'cancelled'`,
    [eventId, userId],
  );
  return row
    ? {
        id: row.id,
        mode: row.mode,
        status: row.status,
        shortCode: row.short_code,
        checkedInAt: row.checked_in_at,
      }
    : null;
}

/** Gives the registration `code` unless it has one: the code it keeps (null: `code` is taken). */
export async function assignShortCode(
  db: Queryable,
  registrationId: string,
  code: string,
): Promise<string | null> {
  const [row] = await queryRows(
    db,
    z.object({ short_code: column.text.nullable() }),
    `UPDATE event_registrations SET short_code = COALESCE(short_code, $2) WHERE id = $1
       AND NOT EXISTS (SELECT 1 FROM event_registrations WHERE short_code = $2 AND id <> $1)
       -- Bookings and registrations share the kiosk's keypad: one code, one meaning.
       AND NOT EXISTS (SELECT 1 FROM bookings WHERE short_code = $2)
     RETURNING short_code`,
    [registrationId, code],
  );
  return row?.short_code ?? null;
}

const doorRegistrationRow = z.object({
  id: column.id,
  mode: registrationModeSchema,
  status: z.enum(['registered', 'waiting', 'cancelled']),
  checked_in_at: column.instant.nullable(),
  given_name: column.text,
  usual_name: column.text,
  event_id: column.id,
  title: column.text,
  event_status: eventStatusSchema,
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  site_id: column.id,
  site_name: column.text,
  timezone: column.text,
  zone_name: column.text,
});

export type DoorRegistration = {
  id: string;
  mode: RegistrationMode;
  status: 'registered' | 'waiting' | 'cancelled';
  checkedInAt: Date | null;
  person: { givenName: string; usualName: string };
  event: {
    id: string;
    title: string;
    status: EventStatus;
    date: string;
    startsAt: Date;
    endsAt: Date;
    siteId: string;
    siteName: string;
    timezone: string;
    zone: string;
  };
};

function toDoorRegistration(row: z.output<typeof doorRegistrationRow>): DoorRegistration {
  return {
    id: row.id,
    mode: row.mode,
    status: row.status,
    checkedInAt: row.checked_in_at,
    person: { givenName: row.given_name, usualName: row.usual_name },
    event: {
      id: row.event_id,
      title: row.title,
      status: row.event_status,
      date: row.local_date,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      siteId: row.site_id,
      siteName: row.site_name,
      timezone: row.timezone,
      zone: row.zone_name,
    },
  };
}

const selectDoorRegistrations = `
  SELECT r.id, r.mode, r.status, r.checked_in_at, u.given_name, u.usual_name,
         e.id AS event_id, e.title, e.status AS event_status, e.local_date, e.starts_at,
         e.ends_at, s.id AS site_id, s.name AS site_name, s.timezone,
         COALESCE(z.name, rm.name) AS zone_name
  FROM event_registrations r
  JOIN users u ON u.id = r.user_id
  JOIN events e ON e.id = r.event_id
  JOIN sites s ON s.id = e.site_id
  LEFT JOIN zones z ON z.id = e.zone_id
  LEFT JOIN rooms rm ON rm.id = e.room_id`;

/** A registration as the door sees it (by id from a pass, or by its typed code), with its event. */
export async function findDoorRegistration(
  db: Queryable,
  by: { id: string } | { shortCode: string },
): Promise<DoorRegistration | null> {
  const [row] = await queryRows(
    db,
    doorRegistrationRow,
    `${selectDoorRegistrations} WHERE ${'id' in by ? 'r.id = $1' : 'r.short_code = $1'}`,
    ['id' in by ? by.id : by.shortCode],
  );
  return row ? toDoorRegistration(row) : null;
}

/**
 * The person's in-person place at an event of this site whose door is open at `at` and who has
 * not come in yet (a personal pass scanned at the kiosk): the soonest, if several.
 */
export async function findDoorRegistrationExpecting(
  db: Queryable,
  { userId, siteId, at }: { userId: string; siteId: string; at: Date },
): Promise<DoorRegistration | null> {
  const [row] = await queryRows(
    db,
    doorRegistrationRow,
    `${selectDoorRegistrations}
     WHERE r.user_id = $1 AND e.site_id = $2 AND r.checked_in_at IS NULL
       AND ${expectedAtTheDoorSql} AND e.status = 'approved'
       AND e.starts_at - make_interval(mins => $4::int) <= $3 AND e.ends_at > $3
     ORDER BY e.starts_at, e.id
     LIMIT 1`,
    [userId, siteId, at, eventCheckInOpensMinutesBefore],
  );
  return row ? toDoorRegistration(row) : null;
}

/** Checks an expected person in once: the instant kept (a second scan finds it set). */
export async function markRegistrationCheckedIn(
  db: Queryable,
  registrationId: string,
  at: Date,
  kioskId: string,
): Promise<Date | null> {
  const [row] = await queryRows(
    db,
    z.object({ checked_in_at: column.instant }),
    `UPDATE event_registrations r SET checked_in_at = $2, checked_in_kiosk_id = $3
     WHERE r.id = $1 AND r.checked_in_at IS NULL AND ${expectedAtTheDoorSql}
     RETURNING r.checked_in_at`,
    [registrationId, at, kioskId],
  );
  return row?.checked_in_at ?? null;
}

/** A promoted registration, for its mail. */
export async function findRegistrationForMail(db: Queryable, registrationId: string) {
  const [row] = await queryRows(
    db,
    z.object({
      event_id: column.id,
      given_name: column.text,
      usual_name: column.text,
      email: column.text,
      mode: registrationModeSchema,
      status: z.enum(['registered', 'waiting', 'cancelled']),
    }),
    `SELECT r.event_id, u.given_name, u.usual_name, u.email, r.mode, r.status
     FROM event_registrations r JOIN users u ON u.id = r.user_id WHERE r.id = $1`,
    [registrationId],
  );
  return row ?? null;
}

/** The approved events a person is registered to (not waiting), ending after `since`: their feed. */
export async function listRegisteredEventsOf(db: Queryable, userId: string, since: Date) {
  const rows = await queryRows(
    db,
    z.object({
      event_id: column.id,
      title: column.text,
      starts_at: column.instant,
      ends_at: column.instant,
      site_name: column.text,
      site_address: column.text,
      zone_name: column.text,
      timezone: column.text,
      mode: registrationModeSchema,
      visio_url: column.text.nullable(),
    }),
    `SELECT e.id AS event_id, e.title, e.starts_at, e.ends_at, s.name AS site_name,
            s.address AS site_address, COALESCE('zone ' || z.name, rm.name) AS zone_name, s.timezone, r.mode, e.visio_url
     FROM event_registrations r
     JOIN events e ON e.id = r.event_id
     JOIN sites s ON s.id = e.site_id
     LEFT JOIN zones z ON z.id = e.zone_id
     LEFT JOIN rooms rm ON rm.id = e.room_id
     WHERE r.user_id = $1 AND r.status = 'registered' AND e.status = 'approved' AND e.ends_at > $2
     ORDER BY e.starts_at`,
    [userId, since],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    siteName: row.site_name,
    siteAddress: row.site_address,
    zone: row.zone_name,
    timezone: row.timezone,
    visioUrl: row.mode === 'remote' ? row.visio_url : null,
  }));
}

/** Keeps an organisers' message; the people it goes to (registered or waiting). */
export async function insertMessage(
  db: Queryable,
  message: {
    eventId: string;
    author: { userId: string; name: string };
    subject: string;
    body: string;
    createdAt: Date;
  },
): Promise<{ messageId: string; recipientIds: string[] }> {
  const { id } = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO event_messages (event_id, author_user_id, author_name, subject, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      message.eventId,
      message.author.userId,
      message.author.name,
      message.subject,
      message.body,
      message.createdAt,
    ],
  );
  const recipients = await queryRows(
    db,
    z.object({ user_id: column.id }),
    `SELECT user_id FROM event_registrations WHERE event_id = $1 AND status <> 'cancelled'
     ORDER BY created_at`,
    [message.eventId],
  );
  return { messageId: id, recipientIds: recipients.map((row) => row.user_id) };
}

export async function findMessageForMail(db: Queryable, messageId: string) {
  const [row] = await queryRows(
    db,
    z.object({
      event_id: column.id,
      author_name: column.text,
      subject: column.text,
      body: column.text,
    }),
    `SELECT event_id, author_name, subject, body FROM event_messages WHERE id = $1`,
    [messageId],
  );
  return row ?? null;
}

/**
 * Marks as mailed the remote registrations of approved events with a visio link that start
 * within `leadMinutes` of `now` (or have started and are not over); returns their ids.
 */
export async function markVisioLinksDue(
  db: Queryable,
  now: Date,
  leadMinutes: number,
): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `UPDATE event_registrations r SET visio_link_mailed_at = $1
     FROM events e
     WHERE e.id = r.event_id AND r.mode = 'remote' AND r.status = 'registered'
       AND r.visio_link_mailed_at IS NULL AND e.status = 'approved' AND e.visio_url IS NOT NULL
       AND e.starts_at <= $1::timestamptz + make_interval(mins => $2) AND e.ends_at > $1
     RETURNING r.id`,
    [now, leadMinutes],
  );
  return rows.map((row) => row.id);
}
