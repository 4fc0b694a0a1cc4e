import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7: counted attempts (typed codes, pairing codes) in one table of atomic counters, per
 * kiosk, source address or everywhere. The per-kiosk columns they replace go.
 */
export class AttemptCounters1764611000000 implements MigrationInterface {
  name = 'AttemptCounters1764611000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE attempt_counters (
        -- '<scope>:<subject>': a kiosk id, a hashed source address, or 'all'.
        limit_key text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures >= 0),
        -- No attempt of this key is evaluated before then.
        blocked_until timestamptz,
        -- The counter starts over after then (its reset time after its last counted attempt).
        expires_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX attempt_counters_expiry ON attempt_counters (expires_at)`,
    );
    await queryRunner.query(
      `ALTER TABLE kiosks DROP COLUMN failed_code_attempts, DROP COLUMN failed_code_window_start`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE kiosks
        ADD COLUMN failed_code_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN failed_code_window_start timestamptz`);
    await queryRunner.query(`DROP TABLE attempt_counters`);
  }
}
