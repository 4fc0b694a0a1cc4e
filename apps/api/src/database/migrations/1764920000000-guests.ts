import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, point 2: guests. An agent invites someone from outside the administration for a day
 * at a site; the site may require a host's approval and the acceptance of its usage charter. The
 * guest has no account: a secret link (kept hashed, like calendar feed tokens) opens their page,
 * which shows their day pass once approved and the charter accepted. Their personal data is
 * erased three months after the visit (`purged_at`): the row stays, anonymous, for statistics.
 */
export class Guests1764920000000 implements MigrationInterface {
  name = 'Guests1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Site settings, beside the other host-editable fields of the site (access info, kiosk message).
    await queryRunner.query(`
      ALTER TABLE sites
        ADD COLUMN guests_need_approval boolean NOT NULL DEFAULT true,
        ADD COLUMN usage_charter text`);
    await queryRunner.query(`
      CREATE TABLE guest_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        invited_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        -- Personal data of the guest: null once purged (purged_at set).
        given_name text,
        usual_name text,
        email text,
        organisation text,
        siret text CHECK (siret IS NULL OR siret ~ '^[0-9]{14}$'),
        reason text,
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'approved', 'declined', 'cancelled')),
        decline_reason text,
        decided_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        access_token_hash text NOT NULL,
        charter_accepted_at timestamptz,
        short_code text NOT NULL,
        checked_in_at timestamptz,
        checked_in_kiosk_id uuid REFERENCES kiosks (id) ON DELETE SET NULL,
        checked_out_at timestamptz,
        created_at timestamptz NOT NULL,
        purged_at timestamptz,
        CONSTRAINT guest_invitations_personal_data_until_purged CHECK (
          (purged_at IS NULL AND given_name IS NOT NULL AND email IS NOT NULL)
          OR (purged_at IS NOT NULL AND given_name IS NULL AND email IS NULL)
        )
      )`);
    // The guest's page finds its invitation by the hash of the link's secret.
    await queryRunner.query(`
      CREATE UNIQUE INDEX guest_invitations_access_token_hash_key
        ON guest_invitations (access_token_hash)`);
    // The kiosk's keypad finds an invitation by its typed code.
    await queryRunner.query(`
      CREATE UNIQUE INDEX guest_invitations_short_code_key ON guest_invitations (short_code)`);
    // A person is invited at most once per site and day (a cancelled invitation frees the day).
    await queryRunner.query(`
      CREATE UNIQUE INDEX guest_invitations_one_per_day
        ON guest_invitations (lower(email), site_id, local_date)
        WHERE status <> 'cancelled' AND email IS NOT NULL`);
    // The hosts' list, the today board and the evacuation list read a site's day.
    await queryRunner.query(`
      CREATE INDEX guest_invitations_site_day ON guest_invitations (site_id, local_date)`);
    // « Mes invitations » and the per-agent daily cap (counted under an advisory lock).
    await queryRunner.query(`
      CREATE INDEX guest_invitations_inviter_day
        ON guest_invitations (invited_by_user_id, local_date)`);
    // The purge looks for visits older than three months not yet purged.
    await queryRunner.query(`
      CREATE INDEX guest_invitations_to_purge ON guest_invitations (local_date)
        WHERE purged_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE guest_invitations`);
    await queryRunner.query(`
      ALTER TABLE sites DROP COLUMN usage_charter, DROP COLUMN guests_need_approval`);
  }
}
