import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, point 4: check-in at the door of an event. An in-person registration gets a typed
 * code (given with its first pass) and is checked in by a kiosk of the event's site; registered
 * people without a check-in once the event is over are its no-shows.
 */
export class EventCheckIns1764880000000 implements MigrationInterface {
  name = 'EventCheckIns1764880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE event_registrations
        ADD COLUMN short_code text,
        ADD COLUMN checked_in_at timestamptz,
        ADD COLUMN checked_in_kiosk_id uuid REFERENCES kiosks (id) ON DELETE SET NULL`);
    await queryRunner.query(`
      CREATE UNIQUE INDEX event_registrations_short_code ON event_registrations (short_code)
      WHERE short_code IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX event_registrations_short_code`);
    await queryRunner.query(`
      ALTER TABLE event_registrations
        DROP COLUMN checked_in_kiosk_id,
        DROP COLUMN checked_in_at,
        DROP COLUMN short_code`);
  }
}
