import type { HostInvitation, SitePerson } from '@admz/shared';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';
import { listPeopleWithSiteRole, personRow, toSitePerson } from '../users/people-queries';

export function listHosts(db: Queryable, siteId: string): Promise<SitePerson[]> {
  return listPeopleWithSiteRole(db, siteId, 'host');
}

export async function listHostInvitations(
  db: Queryable,
  siteId: string,
): Promise<HostInvitation[]> {
  const rows = await queryRows(
    db,
    z.object({ id: column.id, email: column.text, created_at: column.instant }),
    `SELECT id, email, created_at FROM site_role_invitations
     WHERE site_id = $1 AND role = 'host' ORDER BY email`,
    [siteId],
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    createdAt: row.created_at.toISOString(),
  }));
}

/** People who have logged in whose name or e-mail contains every word of `query`. */
export async function searchPeople(db: Queryable, query: string): Promise<SitePerson[]> {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = await queryRows(
    db,
    personRow,
    `SELECT u.id AS user_id, u.given_name, u.usual_name, u.email FROM users u
     WHERE u.last_login_at IS NOT NULL
       AND (SELECT bool_and(lower(u.given_name || ' ' || u.usual_name || ' ' || u.email)
                            LIKE '%' || replace(replace(replace(w, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
            FROM unnest($1::text[]) AS w)
     ORDER BY u.usual_name, u.given_name LIMIT 20`,
    [words],
  );
  return rows.map(toSitePerson);
}

/** True when the person was not yet a host of the site. */
export async function addHost(db: Queryable, siteId: string, userId: string): Promise<boolean> {
  const added = await queryRows(
    db,
    z.object({ user_id: column.id }),
    `INSERT INTO site_roles (user_id, site_id, role) VALUES ($1, $2, 'host')
     ON CONFLICT DO NOTHING RETURNING user_id`,
    [userId, siteId],
  );
  return added.length > 0;
}

export async function removeHost(db: Queryable, siteId: string, userId: string): Promise<boolean> {
  const removed = await queryAffectedCount(
    db,
    `DELETE FROM site_roles WHERE site_id = $1 AND user_id = $2 AND role = 'host'`,
    [siteId, userId],
  );
  return removed > 0;
}

/** True when no invitation of this address to this site was waiting yet. */
export async function addHostInvitation(
  db: Queryable,
  invitation: { siteId: string; email: string; invitedBy: string; createdAt: Date },
): Promise<boolean> {
  const added = await queryRows(
    db,
    z.object({ id: column.id }),
    `INSERT INTO site_role_invitations (email, site_id, role, invited_by, created_at)
     VALUES ($1, $2, 'host', $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
    [invitation.email, invitation.siteId, invitation.invitedBy, invitation.createdAt],
  );
  return added.length > 0;
}

/** The invitation's address, once deleted; undefined when there was none of that site. */
export async function removeHostInvitation(
  db: Queryable,
  siteId: string,
  invitationId: string,
): Promise<string | undefined> {
  const [row] = await queryRows(
    db,
    z.object({ email: column.text }),
    `DELETE FROM site_role_invitations WHERE id = $1 AND site_id = $2 RETURNING email`,
    [invitationId, siteId],
  );
  return row?.email;
}

/** Turns the invitations of this address into roles of this person; the sites it made them host of. */
export async function acceptInvitations(
  db: Queryable,
  userId: string,
  email: string,
): Promise<string[]> {
  const accepted = await queryRows(
    db,
    z.object({ site_id: column.id }),
    `WITH taken AS (
       DELETE FROM site_role_invitations WHERE email = $2 RETURNING site_id, role
     )
     INSERT INTO site_roles (user_id, site_id, role)
     SELECT $1, site_id, role FROM taken
     ON CONFLICT DO NOTHING RETURNING site_id`,
    [userId, email],
  );
  return accepted.map((row) => row.site_id);
}
