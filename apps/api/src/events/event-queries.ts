import {
  eventAudienceSchema,
  eventStatusSchema,
  eventTypeSchema,
  type EventAudience,
  type EventType,
} from '@admz/shared';
import { z } from 'zod';
import { column, queryOneRow, queryRows, type Queryable } from '../database/typed-query';

/** The events domain's SQL: each statement with the schema of its rows, one row mapper. */

const eventRow = z.object({
  id: column.id,
  site_id: column.id,
  site_name: column.text,
  timezone: column.text,
  zone_id: column.id.nullable(),
  room_id: column.id.nullable(),
  space_name: column.text,
  title: column.text,
  description: column.text,
  type: eventTypeSchema,
  themes: z.array(column.text),
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  capacity: column.integer,
  visio_url: column.text.nullable(),
  audience: eventAudienceSchema,
  status: eventStatusSchema,
  decline_reason: column.text.nullable(),
  proposed_by_user_id: column.id.nullable(),
  proposer_given_name: column.text.nullable(),
  proposer_usual_name: column.text.nullable(),
  proposer_email: column.text.nullable(),
  created_at: column.instant,
});

export type EventRow = {
  id: string;
  siteId: string;
  siteName: string;
  timezone: string;
  /** The space it holds once approved: a zone of the site, or one of its rooms. */
  space: EventSpace;
  title: string;
  description: string;
  type: EventType;
  themes: string[];
  date: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  visioUrl: string | null;
  audience: EventAudience;
  status: z.output<typeof eventStatusSchema>;
  declineReason: string | null;
  proposer: { userId: string; givenName: string; usualName: string; email: string } | null;
  createdAt: Date;
};

export type EventSpace = { kind: 'zone' | 'room'; id: string; name: string };

/** « zone Atelier », or a room's own name (« Salle Marianne »): how a sentence names the space. */
export const spaceLabel = (space: Pick<EventSpace, 'kind' | 'name'>) =>
  space.kind === 'zone' ? `zone ${space.name}` : space.name;

function toEventRow(row: z.output<typeof eventRow>): EventRow {
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.site_name,
    timezone: row.timezone,
    space:
      row.room_id !== null
        ? { kind: 'room', id: row.room_id, name: row.space_name }
        : { kind: 'zone', id: row.zone_id ?? '', name: row.space_name },
    title: row.title,
    description: row.description,
    type: row.type,
    themes: row.themes,
    date: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    capacity: row.capacity,
    visioUrl: row.visio_url,
    audience: row.audience,
    status: row.status,
    declineReason: row.decline_reason,
    proposer:
      row.proposed_by_user_id !== null &&
      row.proposer_given_name !== null &&
      row.proposer_usual_name !== null &&
      row.proposer_email !== null
        ? {
            userId: row.proposed_by_user_id,
            givenName: row.proposer_given_name,
            usualName: row.proposer_usual_name,
            email: row.proposer_email,
          }
        : null,
    createdAt: row.created_at,
  };
}

const selectEvents = `
  SELECT e.id, e.site_id, s.name AS site_name, s.timezone, e.zone_id, e.room_id,
         COALESCE(z.name, rm.name) AS space_name,
         e.title, e.description, e.type, e.themes, e.local_date, e.starts_at, e.ends_at,
         e.capacity, e.visio_url, e.audience, e.status, e.decline_reason, e.proposed_by_user_id,
         u.given_name AS proposer_given_name, u.usual_name AS proposer_usual_name,
         u.email AS proposer_email, e.created_at
  FROM events e
  JOIN sites s ON s.id = e.site_id
  LEFT JOIN zones z ON z.id = e.zone_id
  LEFT JOIN rooms rm ON rm.id = e.room_id
  LEFT JOIN users u ON u.id = e.proposed_by_user_id`;

export type NewEvent = {
  siteId: string;
  /** Exactly one of the two (the `events_one_space` check). */
  zoneId: string | null;
  roomId: string | null;
  title: string;
  description: string;
  type: EventType;
  themes: string[];
  date: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  visioUrl: string | null;
  audience: EventAudience;
  proposedByUserId: string;
  createdAt: Date;
};

/** A proposal: it holds no space until a host approves it. */
export async function insertEvent(db: Queryable, event: NewEvent): Promise<string> {
  const { id } = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO events (site_id, zone_id, title, description, type, themes, local_date,
                         starts_at, ends_at, capacity, visio_url, audience, proposed_by_user_id,
                         created_at, room_id)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12, $13, $14, $15)
     RETURNING id`,
    [
      event.siteId,
      event.zoneId,
      event.title,
      event.description,
      event.type,
      event.themes,
      event.date,
      event.startsAt,
      event.endsAt,
      event.capacity,
      event.visioUrl,
      event.audience,
      event.proposedByUserId,
      event.createdAt,
      event.roomId,
    ],
  );
  return id;
}

export async function findEvent(db: Queryable, eventId: string): Promise<EventRow | null> {
  const [row] = await queryRows(db, eventRow, `${selectEvents} WHERE e.id = $1`, [eventId]);
  return row ? toEventRow(row) : null;
}

/** The event of the site, locked until the transaction ends (a decision is taken once). */
export async function lockEventOfSite(
  db: Queryable,
  siteId: string,
  eventId: string,
): Promise<EventRow | null> {
  const [row] = await queryRows(
    db,
    eventRow,
    `${selectEvents} WHERE e.id = $1 AND e.site_id = $2 FOR UPDATE OF e`,
    [eventId, siteId],
  );
  return row ? toEventRow(row) : null;
}

/** A site's events of some statuses not over yet, soonest first. */
export async function listSiteEvents(
  db: Queryable,
  siteId: string,
  statuses: readonly string[],
  now: Date,
): Promise<EventRow[]> {
  const rows = await queryRows(
    db,
    eventRow,
    `${selectEvents} WHERE e.site_id = $1 AND e.status = ANY($2::text[]) AND e.ends_at > $3
     ORDER BY e.starts_at, e.title`,
    [siteId, statuses, now],
  );
  return rows.map(toEventRow);
}

/** Approved events not over yet at the given sites, soonest first: the agent's home. */
export async function listUpcomingEvents(
  db: Queryable,
  siteIds: string[],
  now: Date,
  limit: number,
): Promise<EventRow[]> {
  const rows = await queryRows(
    db,
    eventRow,
    `${selectEvents} WHERE e.site_id = ANY($1::uuid[]) AND e.status = 'approved' AND e.ends_at > $2
     ORDER BY e.starts_at, e.title LIMIT $3`,
    [siteIds, now, limit],
  );
  return rows.map(toEventRow);
}

/** What a person proposed that is not over yet, whatever its status. */
export async function listProposedBy(db: Queryable, userId: string, now: Date) {
  const rows = await queryRows(
    db,
    eventRow,
    `${selectEvents} WHERE e.proposed_by_user_id = $1 AND e.ends_at > $2
     ORDER BY e.starts_at, e.title`,
    [userId, now],
  );
  return rows.map(toEventRow);
}

/** Approved events not over yet the person is registered to or waits for, soonest first. */
export async function listRegisteredBy(db: Queryable, userId: string, now: Date) {
  const rows = await queryRows(
    db,
    eventRow,
    `${selectEvents}
     WHERE e.status = 'approved' AND e.ends_at > $2
       AND e.id IN (SELECT event_id FROM event_registrations
                    WHERE user_id = $1 AND status <> 'cancelled')
     ORDER BY e.starts_at, e.title`,
    [userId, now],
  );
  return rows.map(toEventRow);
}

/** The zone of the site, if it has it. */
export async function findZoneOfSite(db: Queryable, siteId: string, zoneId: string) {
  const [row] = await queryRows(
    db,
    z.object({ id: column.id, name: column.text }),
    `SELECT id, name FROM zones WHERE id = $1 AND site_id = $2`,
    [zoneId, siteId],
  );
  return row ?? null;
}

/**
 * Locks the desks of the zone FOR UPDATE: a booking of one of them (which locks its desk FOR KEY
 * SHARE first) waits for this transaction, then sees the approved event and is refused.
 */
export async function lockDesksOfZone(db: Queryable, zoneId: string): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `SELECT d.id FROM desks d JOIN zones z ON z.site_id = d.site_id AND z.name = d.zone
     WHERE z.id = $1 ORDER BY d.label FOR UPDATE OF d`,
    [zoneId],
  );
  return rows.map((row) => row.id);
}

const heldBookingRow = z.object({
  id: column.id,
  date: column.date,
  startsAt: column.instant,
  endsAt: column.instant,
  givenName: column.text,
  usualName: column.text,
  email: column.text,
  label: column.text,
  zone: column.text,
});
export type HeldBookingRow = z.output<typeof heldBookingRow>;

/**
 * Bookings of these desks to come to (confirmed) that overlap the event: a person already
 * checked in keeps their seat, as when a desk is deactivated.
 */
export function listBookingsOverlapping(
  db: Queryable,
  deskIds: string[],
  startsAt: Date,
  endsAt: Date,
): Promise<HeldBookingRow[]> {
  return queryRows(
    db,
    heldBookingRow,
    `SELECT b.id, b.local_date AS "date", b.starts_at AS "startsAt", b.ends_at AS "endsAt",
            u.given_name AS "givenName", u.usual_name AS "usualName", u.email, d.label, d.zone
     FROM bookings b JOIN users u ON u.id = b.user_id JOIN desks d ON d.id = b.desk_id
     WHERE b.desk_id = ANY($1::uuid[]) AND b.status = 'confirmed'
       AND b.starts_at < $3 AND b.ends_at > $2
     ORDER BY b.starts_at, d.label`,
    [deskIds, startsAt, endsAt],
  );
}

/** Sets the decision; the exclusion constraint refuses an approval whose space is taken. */
export async function setEventDecision(
  db: Queryable,
  eventId: string,
  decision: { status: 'approved' | 'declined'; reason: string | null; by: string; at: Date },
): Promise<void> {
  await db.query(
    `UPDATE events SET status = $2, decline_reason = $3, decided_by_user_id = $4, decided_at = $5
     WHERE id = $1`,
    [eventId, decision.status, decision.reason, decision.by, decision.at],
  );
}

/** Cancels an approved event (its space is free again); the people to tell, registered or waiting. */
export async function setEventCancelled(
  db: Queryable,
  eventId: string,
  cancellation: { reason: string; at: Date },
): Promise<string[]> {
  await db.query(
    `UPDATE events SET status = 'cancelled', cancel_reason = $2, cancelled_at = $3 WHERE id = $1`,
    [eventId, cancellation.reason, cancellation.at],
  );
  const rows = await queryRows(
    db,
    z.object({ user_id: column.id }),
    `SELECT user_id FROM event_registrations WHERE event_id = $1 AND status <> 'cancelled'
     ORDER BY created_at`,
    [eventId],
  );
  return rows.map((row) => row.user_id);
}

/** Why an event was cancelled. */
export async function findCancelReason(db: Queryable, eventId: string): Promise<string | null> {
  const [row] = await queryRows(
    db,
    z.object({ cancel_reason: column.text.nullable() }),
    `SELECT cancel_reason FROM events WHERE id = $1`,
    [eventId],
  );
  return row?.cancel_reason ?? null;
}

/** The event a mail is about, with its site's address. */
export async function findEventForMail(db: Queryable, eventId: string) {
  const event = await findEvent(db, eventId);
  if (!event) return null;
  const [site] = await queryRows(
    db,
    z.object({ address: column.text }),
    `SELECT address FROM sites WHERE id = $1`,
    [event.siteId],
  );
  return { ...event, siteAddress: site?.address ?? '' };
}

/** Whether the person proposed this event of this site: they organise it with the site's hosts. */
export async function isEventProposedBy(
  db: Queryable,
  siteId: string,
  eventId: string,
  userId: string,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id }),
    `SELECT id FROM events WHERE id = $1 AND site_id = $2 AND proposed_by_user_id = $3`,
    [eventId, siteId, userId],
  );
  return rows.length > 0;
}

/** The zones approved events hold on a day of a site: their desks are not booked over them. */
export async function listZonesHeldOnDay(db: Queryable, siteId: string, date: string) {
  const rows = await queryRows(
    db,
    z.object({
      event_id: column.id,
      title: column.text,
      zone_name: column.text,
      starts_at: column.instant,
      ends_at: column.instant,
    }),
    `SELECT e.id AS event_id, e.title, z.name AS zone_name, e.starts_at, e.ends_at
     FROM events e JOIN zones z ON z.id = e.zone_id
     WHERE e.site_id = $1 AND e.local_date = $2 AND e.status = 'approved'
     ORDER BY e.starts_at, z.name`,
    [siteId, date],
  );
  return rows.map((row) => ({
    eventId: row.event_id,
    title: row.title,
    zone: row.zone_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
  }));
}
