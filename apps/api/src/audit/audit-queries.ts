import { auditKindSchema, type AuditEvent, type AuditKind, type AuditQuery } from '@admz/shared';
import { z } from 'zod';
import { column, queryRows, type Queryable } from '../database/typed-query';

/** One action to record: who (null for what a login does by itself), where, what, before, after. */
export type NewAuditEvent = {
  at: Date;
  kind: AuditKind;
  actor: { userId: string; name: string } | null;
  siteId: string | null;
  subject: string;
  before?: unknown;
  after?: unknown;
};

/** The person acting, as the log keeps them (their name stays once their account is gone). */
export function auditActorOf(user: { id: string; givenName: string; usualName: string }) {
  return { userId: user.id, name: `${user.givenName} ${user.usualName}`.trim() };
}

/** Written through the connection of the change it records: both commit, or neither. */
export async function insertAuditEvent(db: Queryable, event: NewAuditEvent): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (at, kind, actor_user_id, actor_name, site_id, subject, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
    [
      event.at,
      event.kind,
      event.actor?.userId ?? null,
      event.actor?.name ?? null,
      event.siteId,
      event.subject,
      event.before === undefined ? null : JSON.stringify(event.before),
      event.after === undefined ? null : JSON.stringify(event.after),
    ],
  );
}

const auditRow = z.object({
  id: column.id,
  at: column.instant,
  kind: auditKindSchema,
  actor_user_id: column.id.nullable(),
  actor_name: column.text.nullable(),
  site_id: column.id.nullable(),
  site_name: column.text.nullable(),
  subject: column.text,
  before: z.unknown(),
  after: z.unknown(),
});

/** The newest events first, filtered by site, person and kind. */
export async function listAuditEvents(db: Queryable, query: AuditQuery): Promise<AuditEvent[]> {
  const rows = await queryRows(
    db,
    auditRow,
    `SELECT a.id, a.at, a.kind, a.actor_user_id, a.actor_name, a.site_id, s.name AS site_name,
            a.subject, a.before, a.after
     FROM audit_events a LEFT JOIN sites s ON s.id = a.site_id
     WHERE ($1::uuid IS NULL OR a.site_id = $1)
       AND ($2::uuid IS NULL OR a.actor_user_id = $2)
       AND ($3::text IS NULL OR a.kind = $3)
     ORDER BY a.at DESC, a.id
     LIMIT $4`,
    [query.siteId ?? null, query.actorId ?? null, query.kind ?? null, query.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    kind: row.kind,
    actor:
      row.actor_user_id !== null ? { userId: row.actor_user_id, name: row.actor_name ?? '' } : null,
    site: row.site_id !== null ? { id: row.site_id, name: row.site_name ?? '' } : null,
    subject: row.subject,
    before: row.before ?? null,
    after: row.after ?? null,
  }));
}
