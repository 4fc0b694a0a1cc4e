import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7: the periods when the server heard nothing from a kiosk (from its last request before
 * to its first after), which bound the scan times of the check-ins it queued offline.
 */
export class KioskOfflinePeriods1764610000000 implements MigrationInterface {
  name = 'KioskOfflinePeriods1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kiosk_offline_periods (
        kiosk_id uuid NOT NULL REFERENCES kiosks (id) ON DELETE CASCADE,
        started_at timestamptz NOT NULL,
        ended_at timestamptz NOT NULL,
        PRIMARY KEY (kiosk_id, started_at),
        CHECK (started_at < ended_at)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE kiosk_offline_periods`);
  }
}
