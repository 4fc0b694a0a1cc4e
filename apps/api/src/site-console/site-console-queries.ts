import type { DeskAttribute } from '@admz/shared';
import { z } from 'zod';
import {
  column,
  queryAffectedCount,
  queryOneRow,
  queryRows,
  type Queryable,
} from '../database/typed-query';
import { deskColumns, deskRow, type DeskRow } from '../sites/desk-activation-queries';

const zoneRow = z.object({ id: column.id, name: column.text, position: column.integer });
export type ZoneRow = z.output<typeof zoneRow>;

/** The site's zones in their order, locked until the transaction ends (a change reorders them). */
export function lockZonesOfSite(db: Queryable, siteId: string): Promise<ZoneRow[]> {
  return queryRows(
    db,
    zoneRow,
    `SELECT id, name, position FROM zones WHERE site_id = $1 ORDER BY position, name FOR UPDATE`,
    [siteId],
  );
}

/** A new zone, placed after the others. */
export function insertZone(
  db: Queryable,
  zone: { siteId: string; name: string; createdAt: Date },
): Promise<ZoneRow> {
  return queryOneRow(
    db,
    zoneRow,
    `INSERT INTO zones (site_id, name, position, created_at)
     SELECT $1, $2, coalesce(max(position), 0) + 1, $3 FROM zones WHERE site_id = $1
     RETURNING id, name, position`,
    [zone.siteId, zone.name, zone.createdAt],
  );
}

/**
 * Renames a zone: its desks and plan follow by the foreign keys' ON UPDATE CASCADE; the waiting
 * entries and the site's hourly zones (text, no foreign key) are renamed here.
 */
export async function renameZone(
  db: Queryable,
  zone: { siteId: string; id: string; from: string; to: string },
): Promise<void> {
  await queryAffectedCount(db, `UPDATE zones SET name = $2 WHERE id = $1`, [zone.id, zone.to]);
  await queryAffectedCount(
    db,
    `UPDATE waitlist_entries SET zone = $3 WHERE site_id = $1 AND zone = $2`,
    [zone.siteId, zone.from, zone.to],
  );
  await queryAffectedCount(
    db,
    `UPDATE site_rules SET hourly_zones = array_replace(hourly_zones, $2, $3)
     WHERE site_id = $1 AND $2 = ANY(hourly_zones)`,
    [zone.siteId, zone.from, zone.to],
  );
}

/** Numbers the zones 1, 2, 3… in the order given (every zone of the site). */
export async function setZoneOrder(
  db: Queryable,
  siteId: string,
  zoneIds: string[],
): Promise<void> {
  await queryAffectedCount(
    db,
    `UPDATE zones z SET position = o.position
     FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE z.id = o.id AND z.site_id = $1`,
    [siteId, zoneIds],
  );
}

/** The desks of a zone, in label order. */
export function listDesksOfZone(db: Queryable, siteId: string, zone: string): Promise<DeskRow[]> {
  return queryRows(
    db,
    deskRow,
    `SELECT ${deskColumns} FROM desks d WHERE d.site_id = $1 AND d.zone = $2 ORDER BY d.label`,
    [siteId, zone],
  );
}

/** The zones the site offers by the hour ([] = every zone). */
export async function hourlyZonesOf(db: Queryable, siteId: string): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ hourly_zones: z.array(column.text) }),
    `SELECT hourly_zones FROM site_rules WHERE site_id = $1`,
    [siteId],
  );
  return rows[0]?.hourly_zones ?? [];
}

/** Deletes the zone (its plan goes with it) and takes it out of the site's hourly zones. */
export async function deleteZone(
  db: Queryable,
  zone: { siteId: string; id: string; name: string },
): Promise<void> {
  await queryAffectedCount(
    db,
    `UPDATE site_rules SET hourly_zones = array_remove(hourly_zones, $2)
     WHERE site_id = $1 AND $2 = ANY(hourly_zones)`,
    [zone.siteId, zone.name],
  );
  await queryAffectedCount(db, `DELETE FROM zones WHERE id = $1 AND site_id = $2`, [
    zone.id,
    zone.siteId,
  ]);
}

/** Which of these labels the site's desks already carry. */
export async function findExistingLabels(
  db: Queryable,
  siteId: string,
  labels: string[],
): Promise<string[]> {
  const rows = await queryRows(
    db,
    z.object({ label: column.text }),
    `SELECT label FROM desks WHERE site_id = $1 AND label = ANY($2::text[]) ORDER BY label`,
    [siteId, labels],
  );
  return rows.map((row) => row.label);
}

/** The desks, in one statement: all of them, or none when one label is taken meanwhile. */
export function insertDesks(
  db: Queryable,
  desks: { siteId: string; labels: string[]; zone: string; attributes: DeskAttribute[] },
): Promise<DeskRow[]> {
  return queryRows(
    db,
    deskRow,
    `WITH added AS (
       INSERT INTO desks (site_id, label, zone, attributes)
       SELECT $1, label, $3, $4::text[] FROM unnest($2::text[]) WITH ORDINALITY AS l(label, n)
       ORDER BY n
       RETURNING *
     )
     SELECT ${deskColumns} FROM added d ORDER BY d.label`,
    [desks.siteId, desks.labels, desks.zone, desks.attributes],
  );
}

export async function zoneHasPlan(db: Queryable, siteId: string, zone: string): Promise<boolean> {
  const { has_plan } = await queryOneRow(
    db,
    z.object({ has_plan: column.boolean }),
    `SELECT EXISTS (SELECT 1 FROM zone_plans WHERE site_id = $1 AND zone = $2) AS has_plan`,
    [siteId, zone],
  );
  return has_plan;
}
