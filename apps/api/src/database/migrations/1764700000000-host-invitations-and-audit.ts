import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9: admins appoint hosts, by e-mail before a first login (the role is granted then), and
 * every host and admin action is written to an audit log in the same transaction as the change.
 */
export class HostInvitationsAndAudit1764700000000 implements MigrationInterface {
  name = 'HostInvitationsAndAudit1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE site_role_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Lower-cased, as login compares it.
        email text NOT NULL CHECK (email = lower(email)),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('host')),
        invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        UNIQUE (email, site_id, role)
      )`);
    // Login looks invitations up by e-mail; the site's page lists them by site (the unique key).
    await queryRunner.query(
      `CREATE INDEX site_role_invitations_email ON site_role_invitations (email)`,
    );
    await queryRunner.query(`
      CREATE TABLE audit_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL,
        kind text NOT NULL,
        -- The person who acted: kept as a name once their account is gone.
        actor_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        actor_name text,
        site_id uuid REFERENCES sites (id) ON DELETE SET NULL,
        subject text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    // The admin page filters by site, by person and by kind, newest first.
    await queryRunner.query(`CREATE INDEX audit_events_at ON audit_events (at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_events_site_at ON audit_events (site_id, at DESC)`);
    await queryRunner.query(
      `CREATE INDEX audit_events_actor_at ON audit_events (actor_user_id, at DESC)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_events`);
    await queryRunner.query(`DROP TABLE site_role_invitations`);
  }
}
