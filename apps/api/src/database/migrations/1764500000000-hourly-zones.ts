import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hourly bookings offered in chosen zones only (meeting rooms…); empty = every zone. */
export class HourlyZones1764500000000 implements MigrationInterface {
  name = 'HourlyZones1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE site_rules ADD COLUMN hourly_zones text[] NOT NULL DEFAULT '{}'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE site_rules DROP COLUMN hourly_zones`);
  }
}
