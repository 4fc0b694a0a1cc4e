import { eventTypeSchema, siteKindSchema, type EventType, type SiteKind } from '@admz/shared';
import { z } from 'zod';
import { column, queryRows, type Queryable } from '../database/typed-query';

/**
 * The public agenda's SQL: what anyone may read. One meaning, written here once: a public
 * event is open to everyone (`audience = 'public'`), not over, at a site not archived, and
 * approved — or cancelled once approved (only an approved event is cancelled), which the feeds
 * keep so that a subscribed calendar strikes it out instead of keeping a stale entry.
 */
const isPublicEvent = `e.audience = 'public' AND e.ends_at > $1 AND s.archived_at IS NULL
  AND (e.status = 'approved' OR ($3 AND e.status = 'cancelled'))`;

/** Most events one answer or feed carries: a year of programme of a busy network. */
const maxPublicEvents = 500;

const publicEventRow = z.object({
  id: column.id,
  site_id: column.id,
  site_name: column.text,
  site_address: column.text,
  site_kind: siteKindSchema,
  timezone: column.text,
  title: column.text,
  description: column.text,
  type: eventTypeSchema,
  themes: z.array(column.text),
  local_date: column.date,
  starts_at: column.instant,
  ends_at: column.instant,
  has_visio: column.boolean,
  is_cancelled: column.boolean,
  changed_at: column.instant,
});

export type PublicEventRow = {
  id: string;
  siteId: string;
  siteName: string;
  siteAddress: string;
  siteKind: SiteKind;
  timezone: string;
  title: string;
  description: string;
  type: EventType;
  themes: string[];
  date: string;
  startsAt: Date;
  endsAt: Date;
  hasVisio: boolean;
  isCancelled: boolean;
  /** When the event last changed as the public sees it (approval, cancellation): the feed's DTSTAMP. */
  changedAt: Date;
};

function toPublicEventRow(row: z.output<typeof publicEventRow>): PublicEventRow {
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.site_name,
    siteAddress: row.site_address,
    siteKind: row.site_kind,
    timezone: row.timezone,
    title: row.title,
    description: row.description,
    type: row.type,
    themes: row.themes,
    date: row.local_date,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    hasVisio: row.has_visio,
    isCancelled: row.is_cancelled,
    changedAt: row.changed_at,
  };
}

/**
 * The public events not over at `now`, of one site or every site, soonest first; with
 * `withCancelled`, the cancelled ones too (the feeds).
 */
export async function listPublicEvents(
  db: Queryable,
  now: Date,
  siteId: string | null,
  { withCancelled }: { withCancelled: boolean },
): Promise<PublicEventRow[]> {
  const rows = await queryRows(
    db,
    publicEventRow,
    `SELECT e.id, e.site_id, s.name AS site_name, s.address AS site_address, s.kind AS site_kind,
            s.timezone, e.title, e.description, e.type, e.themes, e.local_date, e.starts_at,
            e.ends_at, e.visio_url IS NOT NULL AS has_visio, e.status = 'cancelled' AS is_cancelled,
            COALESCE(e.cancelled_at, e.decided_at, e.created_at) AS changed_at
     FROM events e JOIN sites s ON s.id = e.site_id
     WHERE ${isPublicEvent} AND ($2::uuid IS NULL OR e.site_id = $2::uuid)
     ORDER BY e.starts_at, e.title, e.id
     LIMIT ${maxPublicEvents}`,
    [now, siteId, withCancelled],
  );
  return rows.map(toPublicEventRow);
}

const publicSiteRow = z.object({
  id: column.id,
  name: column.text,
  address: column.text,
  timezone: column.text,
  kind: siteKindSchema,
  starts_on: column.date.nullable(),
  ends_on: column.date.nullable(),
});
export type PublicSiteRow = z.output<typeof publicSiteRow>;

/** The sites not archived: permanent ones by name, then temporary ones by first day. */
export function listActiveSites(db: Queryable): Promise<PublicSiteRow[]> {
  return queryRows(
    db,
    publicSiteRow,
    `SELECT id, name, address, timezone, kind, starts_on, ends_on FROM sites
     WHERE archived_at IS NULL
     ORDER BY kind = 'temporary', starts_on NULLS FIRST, name`,
  );
}
