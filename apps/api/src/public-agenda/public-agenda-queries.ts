import { eventTypeSchema, siteKindSchema, type EventType, type SiteKind } from '@admz/shared';
import { z } from 'zod';
import { column, queryRows, type Queryable } from '../database/typed-query';

/**
 * The public agenda's SQL: what anyone may read. One meaning, written here once: a public
 * event is approved, open to everyone (`audience = 'public'`), not over, at a site not archived.
 */
const isPublicEvent = `e.status = 'approved' AND e.audience = 'public' AND e.ends_at > $1
  AND s.archived_at IS NULL`;

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
  /** When the event last changed as the public sees it (its approval): the feed's DTSTAMP. */
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
    changedAt: row.changed_at,
  };
}

/** The public events not over at `now`, of one site or every site, soonest first. */
export async function listPublicEvents(
  db: Queryable,
  now: Date,
  siteId: string | null,
): Promise<PublicEventRow[]> {
  const rows = await queryRows(
    db,
    publicEventRow,
    `SELECT e.id, e.site_id, s.name AS site_name, s.address AS site_address, s.kind AS site_kind,
            s.timezone, e.title, e.description, e.type, e.themes, e.local_date, e.starts_at,
            e.ends_at, e.visio_url IS NOT NULL AS has_visio,
            COALESCE(e.decided_at, e.created_at) AS changed_at
     FROM events e JOIN sites s ON s.id = e.site_id
     WHERE ${isPublicEvent} AND ($2::uuid IS NULL OR e.site_id = $2::uuid)
     ORDER BY e.starts_at, e.title, e.id
     LIMIT ${maxPublicEvents}`,
    [now, siteId],
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
