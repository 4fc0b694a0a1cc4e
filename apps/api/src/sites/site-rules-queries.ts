import {
  defaultSiteRules,
  populationRuleSchema,
  slotTypeSchema,
  type DeskAssignment,
  type SitePerson,
  type SiteRules,
} from '@admz/shared';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';
import { listPeopleWithSiteRole, toSitePerson } from '../users/people-queries';

/** The SQL that reads a site's rules, with the defaults for a site that has no row yet. */
export const siteRulesSelect = `
  SELECT coalesce(r.max_days_ahead, ${defaultSiteRules.maxDaysAhead}) AS "maxDaysAhead",
         r.max_bookings_per_week AS "maxBookingsPerWeek",
         coalesce(r.allowed_slot_types, '{${defaultSiteRules.allowedSlotTypes.join(',')}}') AS "allowedSlotTypes",
         coalesce(r.hourly_zones, '{}') AS "hourlyZones",
         coalesce(r.cancellation_deadline_minutes, ${defaultSiteRules.cancellationDeadlineMinutes}) AS "cancellationDeadlineMinutes",
         CASE WHEN r.site_id IS NULL THEN ${defaultSiteRules.noShowReleaseMinutes} ELSE r.no_show_release_minutes END AS "noShowReleaseMinutes",
         coalesce(r.population_rules, '[]'::jsonb) AS "populationRules"
  FROM sites s LEFT JOIN site_rules r ON r.site_id = s.id WHERE s.id = $1`;

/** A row of `siteRulesSelect`, as a column or as JSON (`row_to_json`): already the API's shape. */
export const siteRulesRow = z.object({
  maxDaysAhead: column.integer,
  maxBookingsPerWeek: column.integer.nullable(),
  allowedSlotTypes: z.array(slotTypeSchema),
  hourlyZones: z.array(column.text),
  cancellationDeadlineMinutes: column.integer,
  noShowReleaseMinutes: column.integer.nullable(),
  // Written through `siteRulesSchema`, read back as it was written.
  populationRules: z.array(populationRuleSchema),
}) satisfies z.ZodType<SiteRules>;

export async function readSiteRules(db: Queryable, siteId: string): Promise<SiteRules | undefined> {
  const [rules] = await queryRows(db, siteRulesRow, siteRulesSelect, [siteId]);
  return rules;
}

export async function upsertSiteRules(
  db: Queryable,
  siteId: string,
  rules: SiteRules,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO site_rules (site_id, max_days_ahead, max_bookings_per_week, allowed_slot_types,
                             cancellation_deadline_minutes, no_show_release_minutes, hourly_zones, updated_at,
                             population_rules)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (site_id) DO UPDATE SET max_days_ahead = $2, max_bookings_per_week = $3,
       allowed_slot_types = $4, cancellation_deadline_minutes = $5, no_show_release_minutes = $6,
       hourly_zones = $7, updated_at = $8, population_rules = $9`,
    [
      siteId,
      rules.maxDaysAhead,
      rules.maxBookingsPerWeek,
      rules.allowedSlotTypes,
      rules.cancellationDeadlineMinutes,
      rules.noShowReleaseMinutes,
      [...new Set(rules.hourlyZones)],
      now,
      JSON.stringify(rules.populationRules),
    ],
  );
}

export function listKeyHolders(db: Queryable, siteId: string): Promise<SitePerson[]> {
  return listPeopleWithSiteRole(db, siteId, 'key_holder');
}

export async function addKeyHolder(db: Queryable, siteId: string, userId: string): Promise<void> {
  await db.query(
    `INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'key_holder') ON CONFLICT DO NOTHING`,
    [userId, siteId],
  );
}

/** False when the person held no key of the site. */
export async function removeKeyHolder(
  db: Queryable,
  siteId: string,
  userId: string,
): Promise<boolean> {
  const removed = await queryAffectedCount(
    db,
    `DELETE FROM site_roles WHERE site_id = $1 AND user_id = $2 AND role = 'key_holder'`,
    [siteId, userId],
  );
  return removed > 0;
}

const assignmentRow = z.object({
  desk_id: column.id,
  label: column.text,
  zone: column.text,
  user_id: column.id.nullable(),
  given_name: column.text.nullable(),
  usual_name: column.text.nullable(),
  email: column.text.nullable(),
});

/** The active desks of a site, each with the person it is assigned to, if any. */
export async function listDeskAssignments(db: Queryable, siteId: string) {
  const rows = await queryRows(
    db,
    assignmentRow,
    `SELECT d.id AS desk_id, d.label, d.zone, u.id AS user_id, u.given_name, u.usual_name, u.email
     FROM desks d LEFT JOIN users u ON u.id = d.assigned_user_id
     WHERE d.site_id = $1 AND d.is_active ORDER BY d.zone, d.label`,
    [siteId],
  );
  return rows.map(toDeskAssignment);
}

/** One desk of the site (active or not) and its assignee; undefined when not the site's. */
export async function readDeskAssignment(db: Queryable, siteId: string, deskId: string) {
  const rows = await queryRows(
    db,
    assignmentRow,
    `SELECT d.id AS desk_id, d.label, d.zone, u.id AS user_id, u.given_name, u.usual_name, u.email
     FROM desks d LEFT JOIN users u ON u.id = d.assigned_user_id
     WHERE d.site_id = $1 AND d.id = $2`,
    [siteId, deskId],
  );
  return rows.map(toDeskAssignment)[0];
}

function toDeskAssignment(row: z.output<typeof assignmentRow>): DeskAssignment {
  return {
    deskId: row.desk_id,
    label: row.label,
    zone: row.zone,
    assignee:
      row.user_id !== null &&
      row.given_name !== null &&
      row.usual_name !== null &&
      row.email !== null
        ? toSitePerson({
            user_id: row.user_id,
            given_name: row.given_name,
            usual_name: row.usual_name,
            email: row.email,
          })
        : null,
  };
}

/** False when the desk is not one of the site's. */
export async function assignDesk(
  db: Queryable,
  siteId: string,
  deskId: string,
  userId: string | null,
): Promise<boolean> {
  const changed = await queryAffectedCount(
    db,
    `UPDATE desks SET assigned_user_id = $3 WHERE id = $1 AND site_id = $2`,
    [deskId, siteId, userId],
  );
  return changed > 0;
}
