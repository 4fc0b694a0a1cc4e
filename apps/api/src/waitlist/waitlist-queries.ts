import { defaultSiteRules, slotSchema, waitlistStatusSchema } from '@admz/shared';
import { z } from 'zod';
import { isActiveBookingSql } from '../bookings/active-bookings';
import {
  column,
  queryAffectedCount,
  queryOneRow,
  queryRows,
  type Queryable,
} from '../database/typed-query';

/**
 * The no-show sweep runs every minute, so a desk due for release at start + delay is released up
 * to a minute later: the list waits that long, and a minute more for the job that serves it.
 */
const releaseLagMinutes = 2;

/**
 * Until when a waiting entry may be served: its slot's start, plus the site's no-show delay and
 * the sweep's lag when no-shows are released (a released desk then goes to the list). SQL over
 * entry alias `e`.
 */
export function servedUntil(alias: string): string {
  const byDefault = defaultSiteRules.noShowReleaseMinutes;
  return `${alias}.starts_at + make_interval(mins => coalesce((
    SELECT CASE WHEN r.site_id IS NULL THEN ${byDefault === null ? 0 : byDefault + releaseLagMinutes}
                WHEN r.no_show_release_minutes IS NULL THEN 0
                ELSE r.no_show_release_minutes + ${releaseLagMinutes} END
    FROM sites s LEFT JOIN site_rules r ON r.site_id = s.id WHERE s.id = ${alias}.site_id), 0))`;
}

const entryRow = z.object({
  id: column.id,
  status: waitlistStatusSchema,
  site_id: column.id,
  site_name: column.text,
  site_timezone: column.text,
  local_date: column.date,
  slot: slotSchema,
  zone: column.text.nullable(),
  starts_at: column.instant,
  created_at: column.instant,
  position: column.integer.nullable(),
  booking_id: column.id.nullable(),
});

const entryColumns = `
  e.id, e.status, e.site_id, s.name AS site_name, s.timezone AS site_timezone, e.local_date,
  e.slot, e.zone, e.starts_at, e.created_at, e.booking_id,
  CASE WHEN e.status = 'waiting' THEN (
    SELECT count(*)::int FROM waitlist_entries o
    WHERE o.site_id = e.site_id AND o.local_date = e.local_date AND o.slot = e.slot
      AND o.status = 'waiting' AND (o.created_at, o.id) <= (e.created_at, e.id)
  ) END AS position`;

export type EntryRow = z.output<typeof entryRow>;

export function listEntriesOf(db: Queryable, userId: string): Promise<EntryRow[]> {
  return queryRows(
    db,
    entryRow,
    `SELECT ${entryColumns} FROM waitlist_entries e JOIN sites s ON s.id = e.site_id
     WHERE e.user_id = $1 ORDER BY e.starts_at, e.created_at`,
    [userId],
  );
}

export async function findEntryOf(
  db: Queryable,
  userId: string,
  entryId: string,
): Promise<EntryRow | undefined> {
  const [row] = await queryRows(
    db,
    entryRow,
    `SELECT ${entryColumns} FROM waitlist_entries e JOIN sites s ON s.id = e.site_id
     WHERE e.id = $1 AND e.user_id = $2`,
    [entryId, userId],
  );
  return row;
}

export type NewEntry = {
  siteId: string;
  userId: string;
  localDate: string;
  slot: z.output<typeof slotSchema>;
  zone: string | null;
  startsAt: Date;
  endsAt: Date;
};

export async function insertEntry(db: Queryable, entry: NewEntry): Promise<string> {
  const { id } = await queryOneRow(
    db,
    z.object({ id: column.id }),
    `INSERT INTO waitlist_entries (site_id, user_id, local_date, slot, zone, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      entry.siteId,
      entry.userId,
      entry.localDate,
      entry.slot,
      entry.zone,
      entry.startsAt,
      entry.endsAt,
    ],
  );
  return id;
}

export async function countActiveDesksInZone(
  db: Queryable,
  siteId: string,
  zone: string,
): Promise<number> {
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count FROM desks WHERE site_id = $1 AND zone = $2 AND is_active`,
    [siteId, zone],
  );
  return count;
}

/** The desk (and its site) a person holds at some time in [startsAt, endsAt), if any. */
export async function findDeskHeldDuring(
  db: Queryable,
  userId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<{ label: string; siteName: string } | undefined> {
  const [held] = await queryRows(
    db,
    z.object({ label: column.text, site_name: column.text }),
    `SELECT d.label, s.name AS site_name FROM bookings b
     JOIN desks d ON d.id = b.desk_id JOIN sites s ON s.id = b.site_id
     WHERE b.user_id = $1 AND ${isActiveBookingSql('b')}
       AND b.starts_at < $3 AND b.ends_at > $2
     LIMIT 1`,
    [userId, startsAt, endsAt],
  );
  return held && { label: held.label, siteName: held.site_name };
}

/** Desks this person could book: active, of the zone, not held by someone else then, not assigned to another. */
export function findFreeDesks(
  db: Queryable,
  query: { siteId: string; zone: string | null; startsAt: Date; endsAt: Date; userId: string },
): Promise<{ id: string; label: string }[]> {
  return queryRows(
    db,
    z.object({ id: column.id, label: column.text }),
    `SELECT d.id, d.label FROM desks d
     WHERE d.site_id = $1 AND d.is_active AND ($2::text IS NULL OR d.zone = $2)
       AND (d.assigned_user_id IS NULL OR d.assigned_user_id = $5)
       AND NOT EXISTS (
         SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND ${isActiveBookingSql('b')}
           AND b.starts_at < $4 AND b.ends_at > $3)
     ORDER BY d.zone, d.label`,
    [query.siteId, query.zone, query.startsAt, query.endsAt, query.userId],
  );
}

/** Takes an entry for `claimSeconds` unless another worker holds it; false when it could not. */
export async function claimEntry(
  db: Queryable,
  entryId: string,
  claimSeconds: number,
  now: Date,
): Promise<boolean> {
  const claimed = await queryRows(
    db,
    z.object({ id: column.id }),
    `UPDATE waitlist_entries SET claimed_until = $3::timestamptz + make_interval(secs => $2)
     WHERE id = $1 AND status = 'waiting' AND (claimed_until IS NULL OR claimed_until < $3)
     RETURNING id`,
    [entryId, claimSeconds, now],
  );
  return claimed.length > 0;
}

/** Marks a waiting entry served by this booking; false when it was no longer waiting. */
export async function markPromoted(
  db: Queryable,
  entryId: string,
  bookingId: string,
  now: Date,
): Promise<boolean> {
  const finalized = await queryRows(
    db,
    z.object({ id: column.id }),
    `UPDATE waitlist_entries SET status = 'promoted', promoted_at = $3, booking_id = $2
     WHERE id = $1 AND status = 'waiting' RETURNING id`,
    [entryId, bookingId, now],
  );
  return finalized.length > 0;
}

/** Waiting entries past the time they could be served become `expired`; how many did. */
export function expireStartedEntries(db: Queryable, now: Date): Promise<number> {
  return queryAffectedCount(
    db,
    `UPDATE waitlist_entries e SET status = 'expired', ended_at = $1
     WHERE e.status = 'waiting' AND ${servedUntil('e')} <= $1`,
    [now],
  );
}

/** Whether the person holds any desk at some time in [startsAt, endsAt). */
export async function hasDeskDuring(
  db: Queryable,
  userId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<boolean> {
  const rows = await queryRows(
    db,
    z.object({ held: column.integer }),
    `SELECT 1 AS held FROM bookings WHERE user_id = $1 AND ${isActiveBookingSql()}
     AND starts_at < $3 AND ends_at > $2 LIMIT 1`,
    [userId, startsAt, endsAt],
  );
  return rows.length > 0;
}
