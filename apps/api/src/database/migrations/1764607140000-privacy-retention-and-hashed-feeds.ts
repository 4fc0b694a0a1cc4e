import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Privacy (issue 7): a booking may outlive its person (`user_id` null = anonymised, by the
 * retention job or when the account is deleted); calendar feed tokens are kept as SHA-256
 * hashes only; indexes for the daily retention purge.
 */
export class PrivacyRetentionAndHashedFeeds1764607140000 implements MigrationInterface {
  name = 'PrivacyRetentionAndHashedFeeds1764607140000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE bookings ALTER COLUMN user_id DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_user_id_fkey`);
    await queryRunner.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_user_id_fkey
        FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL`);
    await queryRunner.query(`CREATE INDEX bookings_ends_at ON bookings (ends_at)`);
    await queryRunner.query(`CREATE INDEX sessions_expires_at ON sessions (expires_at)`);
    await queryRunner.query(
      `CREATE INDEX offline_check_ins_received_at ON offline_check_ins (received_at)`,
    );

    // Existing addresses keep working: a presented token is hashed the same way (hex SHA-256).
    await queryRunner.query(`
      ALTER TABLE users
        ADD COLUMN calendar_token_hash text UNIQUE,
        ADD COLUMN calendar_token_created_at timestamptz`);
    await queryRunner.query(`
      UPDATE users SET calendar_token_hash = encode(sha256(convert_to(calendar_token, 'UTF8')), 'hex'),
                       calendar_token_created_at = now()
      WHERE calendar_token IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN calendar_token`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A hash cannot give the token back: people create a new address after a rollback.
    await queryRunner.query(`ALTER TABLE users ADD COLUMN calendar_token text UNIQUE`);
    await queryRunner.query(
      `ALTER TABLE users DROP COLUMN calendar_token_hash, DROP COLUMN calendar_token_created_at`,
    );
    await queryRunner.query(`DROP INDEX offline_check_ins_received_at`);
    await queryRunner.query(`DROP INDEX sessions_expires_at`);
    await queryRunner.query(`DROP INDEX bookings_ends_at`);
    // Anonymised bookings belong to nobody, which the old schema cannot hold.
    await queryRunner.query(`DELETE FROM bookings WHERE user_id IS NULL`);
    await queryRunner.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_user_id_fkey`);
    await queryRunner.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)`,
    );
    await queryRunner.query(`ALTER TABLE bookings ALTER COLUMN user_id SET NOT NULL`);
  }
}
