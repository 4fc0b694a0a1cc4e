import {
  archiveLinkKindSchema,
  eventTypeSchema,
  snippetMarkEnd,
  snippetMarkStart,
  type ArchiveLink,
  type EventType,
} from '@admz/shared';
import { z } from 'zod';
import { column, queryOneRow, queryRows, type Queryable } from '../database/typed-query';

/**
 * The archive's SQL: what an over event produced (on its row), and the French full-text search
 * of past events over the stored `search_document` (migration 1764890000000).
 */

const storedLinks = z.array(
  z.object({ kind: archiveLinkKindSchema, label: column.text, url: column.text }),
);

export type ArchiveRow = { summary: string; links: ArchiveLink[]; updatedAt: Date | null };

/** The archive columns of an event (empty ones until its organisers write them). */
export async function findArchive(db: Queryable, eventId: string): Promise<ArchiveRow | null> {
  const [row] = await queryRows(
    db,
    z.object({
      archive_summary: column.text,
      archive_links: storedLinks,
      archive_updated_at: column.instant.nullable(),
    }),
    `SELECT archive_summary, archive_links, archive_updated_at FROM events WHERE id = $1`,
    [eventId],
  );
  return row
    ? { summary: row.archive_summary, links: row.archive_links, updatedAt: row.archive_updated_at }
    : null;
}

/** Replaces the archive and the event's theme tags; the search document follows by itself. */
export async function replaceArchive(
  db: Queryable,
  eventId: string,
  archive: { summary: string; links: ArchiveLink[]; themes: string[]; by: string; at: Date },
): Promise<void> {
  await db.query(
    `UPDATE events SET archive_summary = $2, archive_links = $3::jsonb, themes = $4::text[],
                       archive_updated_at = $5, archive_updated_by_user_id = $6
     WHERE id = $1`,
    [
      eventId,
      archive.summary,
      JSON.stringify(archive.links),
      archive.themes,
      archive.at,
      archive.by,
    ],
  );
}

export type ArchiveFilters = {
  words: string | null;
  theme: string | null;
  siteId: string | null;
  type: EventType | null;
  administration: string | null;
  now: Date;
};

/** The administration of who organised an event: its SIRET, else its label (as analytics count). */
const administrationKey = `coalesce(u.siret, u.organization_label)`;

/**
 * Past events of the archive matching the filters: approved and over (cancelled, declined,
 * proposed and future events never). Parameters $1…$6 are the filters, in ArchiveFilters order.
 */
const matchingEvents = `
  FROM events e
  JOIN sites s ON s.id = e.site_id
  LEFT JOIN users u ON u.id = e.proposed_by_user_id
  CROSS JOIN (SELECT websearch_to_tsquery('french'::regconfig, archive_search_fold($1::text))
                     AS query) AS words
  WHERE e.status = 'approved' AND e.ends_at <= $6
    AND ($1::text IS NULL OR numnode(words.query) = 0 OR e.search_document @@ words.query)
    AND ($2::text IS NULL OR EXISTS (
          SELECT 1 FROM unnest(e.themes) AS theme WHERE lower(theme) = lower($2::text)))
    AND ($3::uuid IS NULL OR e.site_id = $3::uuid)
    AND ($4::text IS NULL OR e.type = $4::text)
    AND ($5::text IS NULL OR ${administrationKey} = $5::text)`;

const filterParameters = (filters: ArchiveFilters) => [
  filters.words,
  filters.theme,
  filters.siteId,
  filters.type,
  filters.administration,
  filters.now,
];

const archivedEventRow = z.object({
  id: column.id,
  site_id: column.id,
  site_name: column.text,
  title: column.text,
  type: eventTypeSchema,
  themes: z.array(column.text),
  local_date: column.date,
  starts_at: column.instant,
  administration: column.text.nullable(),
  has_material: column.boolean,
  snippet: column.text,
});

export type ArchivedEventRow = {
  id: string;
  siteId: string;
  siteName: string;
  title: string;
  type: EventType;
  themes: string[];
  date: string;
  startsAt: Date;
  administration: string | null;
  hasMaterial: boolean;
  snippet: string;
};

function toArchivedEventRow(row: z.output<typeof archivedEventRow>): ArchivedEventRow {
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.site_name,
    title: row.title,
    type: row.type,
    themes: row.themes,
    date: row.local_date,
    startsAt: row.starts_at,
    administration: row.administration,
    hasMaterial: row.has_material,
    snippet: row.snippet,
  };
}

/** Characters of a snippet when no word is searched. */
const plainSnippetLength = 240;
const headlineOptions =
  `StartSel=${snippetMarkStart}, StopSel=${snippetMarkEnd}, MaxWords=35, MinWords=15, ` +
  `MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * A page of the archive: the best matches first when words are searched (then the newest), the
 * newest first otherwise. The snippet is cut from the summary, else the description, and only
 * for the page's rows (ts_headline re-reads the text).
 */
export async function searchArchive(
  db: Queryable,
  filters: ArchiveFilters,
  page: { limit: number; offset: number },
): Promise<ArchivedEventRow[]> {
  const rows = await queryRows(
    db,
    archivedEventRow,
    `WITH found AS (
       SELECT e.id, e.site_id, s.name AS site_name, e.title, e.type, e.themes, e.local_date,
              e.starts_at, coalesce(u.organization_label, u.siret) AS administration,
              (e.archive_summary <> '' OR jsonb_array_length(e.archive_links) > 0) AS has_material,
              coalesce(nullif(e.archive_summary, ''), e.description) AS text,
              CASE WHEN $1::text IS NULL OR numnode(words.query) = 0 THEN 0
                   ELSE ts_rank(e.search_document, words.query) END AS rank
       ${matchingEvents}
       ORDER BY rank DESC, e.starts_at DESC, e.id
       LIMIT $7 OFFSET $8
     )
     SELECT id, site_id, site_name, title, type, themes, local_date, starts_at, administration,
            has_material,
            CASE WHEN $1::text IS NULL OR numnode(shown.query) = 0
                 THEN CASE WHEN length(text) > ${plainSnippetLength}
                           THEN left(text, ${plainSnippetLength}) || ' …' ELSE text END
                 ELSE ts_headline('french'::regconfig, text, shown.query, $9) END AS snippet
     FROM found
     -- Words as typed, and without accents: either form is highlighted in the text.
     CROSS JOIN (SELECT websearch_to_tsquery('french'::regconfig, $1::text)
                        || websearch_to_tsquery('french'::regconfig, archive_search_fold($1::text))
                        AS query) AS shown
     ORDER BY rank DESC, starts_at DESC, id`,
    [...filterParameters(filters), page.limit, page.offset, headlineOptions],
  );
  return rows.map(toArchivedEventRow);
}

/** How many past events match the filters. */
export async function countArchive(db: Queryable, filters: ArchiveFilters): Promise<number> {
  const { count } = await queryOneRow(
    db,
    z.object({ count: column.integer }),
    `SELECT count(*)::int AS count ${matchingEvents}`,
    filterParameters(filters),
  );
  return count;
}

/** The theme tags of the whole archive, one spelling per tag whatever its case. */
export async function listArchiveThemes(db: Queryable, now: Date): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ theme: column.text }),
    `SELECT min(theme) AS theme
     FROM events e, unnest(e.themes) AS theme
     WHERE e.status = 'approved' AND e.ends_at <= $1
     GROUP BY lower(theme) ORDER BY lower(theme)`,
    [now],
  );
  return rows.map((row) => row.theme);
}

/** The administrations that organised events of the archive, by name. */
export async function listArchiveAdministrations(
  db: Queryable,
  now: Date,
): Promise<{ key: string; label: string }[]> {
  return queryRows(
    db,
    z.object({ key: column.text, label: column.text }),
    `SELECT ${administrationKey} AS key, max(coalesce(u.organization_label, u.siret)) AS label
     FROM events e JOIN users u ON u.id = e.proposed_by_user_id
     WHERE e.status = 'approved' AND e.ends_at <= $1 AND ${administrationKey} IS NOT NULL
     GROUP BY ${administrationKey} ORDER BY label`,
    [now],
  );
}
