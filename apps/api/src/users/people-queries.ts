import type { SitePerson } from '@admz/shared';
import { z } from 'zod';
import { column, queryRows, type Queryable } from '../database/typed-query';

/** A person as the host and admin pages show them: id, names, e-mail. */
export const personRow = z.object({
  user_id: column.id,
  given_name: column.text,
  usual_name: column.text,
  email: column.text,
});

export const toSitePerson = (row: z.output<typeof personRow>): SitePerson => ({
  userId: row.user_id,
  givenName: row.given_name,
  usualName: row.usual_name,
  email: row.email,
});

/** The person who last logged in with this address (a seeded row never logged in is not one). */
export async function findLoggedInPersonByEmail(
  db: Queryable,
  email: string,
): Promise<SitePerson | undefined> {
  const [row] = await queryRows(
    db,
    personRow,
    `SELECT u.id AS user_id, u.given_name, u.usual_name, u.email FROM users u
     WHERE lower(u.email) = lower($1) AND u.last_login_at IS NOT NULL
     ORDER BY u.last_login_at DESC LIMIT 1`,
    [email],
  );
  return row && toSitePerson(row);
}

/** The people holding a role at a site (its hosts, its key holders), by name. */
export async function listPeopleWithSiteRole(
  db: Queryable,
  siteId: string,
  role: 'host' | 'key_holder',
): Promise<SitePerson[]> {
  const rows = await queryRows(
    db,
    personRow,
    `SELECT u.id AS user_id, u.given_name, u.usual_name, u.email
     FROM site_roles r JOIN users u ON u.id = r.user_id
     WHERE r.site_id = $1 AND r.role = $2 ORDER BY u.usual_name, u.given_name`,
    [siteId, role],
  );
  return rows.map(toSitePerson);
}
