import { deskAttributeSchema, holidayRegionSchema, siteKindSchema } from '@admz/shared';
import { z } from 'zod';
import { column, queryOneRow, queryRows, type Queryable } from '../database/typed-query';
import { siteRulesRow, siteRulesSelect } from './site-rules-queries';

/**
 * What booking and availability requests start from, in one round trip each: a site, its
 * weekly hours, the exceptions of the days asked, its rules and (when asked) one desk. The
 * nested parts arrive as JSON (`row_to_json`), so their schemas read JSON types.
 */

const siteJson = z.object({
  id: column.id,
  name: column.text,
  slug: column.text,
  address: column.text,
  timezone: column.text,
  description: column.text,
  access_info: column.text,
  wifi_info: column.text,
  midday_at: column.text,
  holiday_region: holidayRegionSchema,
  extended_closes_at: column.text.nullable(),
  kiosk_message: column.text,
  kind: siteKindSchema,
  starts_on: column.date.nullable(),
  ends_on: column.date.nullable(),
  capacity: column.integer.nullable(),
  /** JSON gives an instant as text. */
  archived_at: column.text.nullable(),
});

const deskJson = z.object({
  id: column.id,
  site_id: column.id,
  label: column.text,
  zone: column.text,
  attributes: z.array(deskAttributeSchema),
  is_active: column.boolean,
  assigned_user_id: column.id.nullable(),
});

const weeklyJson = z.array(
  z.object({ weekday: column.integer, opensAt: column.text, closesAt: column.text }),
);

const exceptionJson = z.object({
  isClosed: column.boolean,
  opensAt: column.text.nullable(),
  closesAt: column.text.nullable(),
  reason: column.text,
});

export type SiteJson = z.output<typeof siteJson>;

const siteDayRow = z.object({
  site: siteJson,
  desk: deskJson.nullable(),
  weekly: weeklyJson,
  exception: exceptionJson.nullable(),
  rules: siteRulesRow,
  is_key_holder: column.boolean,
  /** The claims the population rules read, when a person asks. */
  person: z
    .object({ siret: column.text.nullable(), organization_label: column.text.nullable() })
    .nullable(),
});

export type SiteDayRow = z.output<typeof siteDayRow>;
export type DeskJson = z.output<typeof deskJson>;

export async function readSiteDay(
  db: Queryable,
  query: { siteId: string; date: string; deskId: string | null; userId: string | null },
) {
  const [row] = await queryRows(
    db,
    siteDayRow,
    `SELECT row_to_json(s) AS site,
            (SELECT row_to_json(d) FROM desks d WHERE d.id = $3) AS desk,
            coalesce((SELECT json_agg(json_build_object('weekday', w.weekday, 'opensAt', w.opens_at, 'closesAt', w.closes_at))
                      FROM opening_hours w WHERE w.site_id = s.id), '[]') AS weekly,
            (SELECT json_build_object('isClosed', e.is_closed, 'opensAt', e.opens_at, 'closesAt', e.closes_at, 'reason', e.reason)
             FROM opening_exceptions e WHERE e.site_id = s.id AND e.date = $2) AS exception,
            (SELECT row_to_json(rules) FROM (${siteRulesSelect}) rules) AS rules,
            EXISTS (SELECT 1 FROM site_roles k
                    WHERE k.site_id = s.id AND k.user_id = $4 AND k.role = 'key_holder') AS is_key_holder,
            (SELECT row_to_json(p) FROM (SELECT siret, organization_label FROM users WHERE id = $4) p) AS person
     FROM sites s WHERE s.id = $1`,
    [query.siteId, query.date, query.deskId, query.userId],
  );
  return row;
}

const sitePlacesRow = z.object({
  desks: z.array(deskJson),
  key_holder_ids: z.array(column.id),
});

/** A site's desks (active or not) and key holders: what a booking checks beside the day. */
export type SitePlaces = { desks: Map<string, DeskJson>; keyHolderIds: Set<string> };

export async function readSitePlaces(db: Queryable, siteId: string): Promise<SitePlaces> {
  const row = await queryOneRow(
    db,
    sitePlacesRow,
    `SELECT coalesce((SELECT json_agg(row_to_json(d)) FROM desks d WHERE d.site_id = $1), '[]') AS desks,
            coalesce((SELECT array_agg(k.user_id::text) FROM site_roles k
                      WHERE k.site_id = $1 AND k.role = 'key_holder'), '{}'::text[]) AS key_holder_ids`,
    [siteId],
  );
  return {
    desks: new Map(row.desks.map((desk) => [desk.id, desk])),
    keyHolderIds: new Set(row.key_holder_ids),
  };
}

const siteDaysRow = z.object({
  site: siteJson,
  weekly: weeklyJson,
  exceptions: z.array(exceptionJson.extend({ date: column.date })),
  is_key_holder: column.boolean,
});

export async function readSiteDays(
  db: Queryable,
  query: { siteId: string; dates: readonly string[]; userId: string | null },
) {
  const [row] = await queryRows(
    db,
    siteDaysRow,
    `SELECT row_to_json(s) AS site,
            coalesce((SELECT json_agg(json_build_object('weekday', w.weekday, 'opensAt', w.opens_at, 'closesAt', w.closes_at))
                      FROM opening_hours w WHERE w.site_id = s.id), '[]') AS weekly,
            coalesce((SELECT json_agg(json_build_object('date', e.date, 'isClosed', e.is_closed, 'opensAt', e.opens_at,
                                                        'closesAt', e.closes_at, 'reason', e.reason))
                      FROM opening_exceptions e WHERE e.site_id = s.id AND e.date = ANY($2::date[])), '[]') AS exceptions,
            EXISTS (SELECT 1 FROM site_roles k
                    WHERE k.site_id = s.id AND k.user_id = $3 AND k.role = 'key_holder') AS is_key_holder
     FROM sites s WHERE s.id = $1`,
    [query.siteId, query.dates, query.userId],
  );
  return row;
}
