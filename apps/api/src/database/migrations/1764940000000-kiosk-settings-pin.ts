import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, point 6: the code a host types at the door to open a kiosk's settings, kept as a
 * scrypt hash with its own salt (`scrypt$<salt>$<hash>`, base64url); null until a host sets one.
 */
export class KioskSettingsPin1764940000000 implements MigrationInterface {
  name = 'KioskSettingsPin1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE kiosks ADD COLUMN settings_pin_hash text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE kiosks DROP COLUMN settings_pin_hash`);
  }
}
