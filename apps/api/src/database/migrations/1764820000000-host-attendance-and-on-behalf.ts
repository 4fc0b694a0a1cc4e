import type { MigrationInterface, QueryRunner } from 'typeorm';

const actorColumns = [
  'booked_by_user_id',
  'cancelled_by_user_id',
  'checked_in_by_user_id',
  'checked_out_by_user_id',
] as const;

/**
 * Issue 9, the host's day: a host books or cancels for a person, and marks an arrival or a
 * departure by hand. Each booking keeps which host did it (null: the person themselves, or the
 * kiosk). The board and the evacuation list read through the existing indexes
 * (`bookings_site_date`, `bookings_present`).
 */
export class HostAttendanceAndOnBehalf1764820000000 implements MigrationInterface {
  name = 'HostAttendanceAndOnBehalf1764820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of actorColumns) {
      await queryRunner.query(
        `ALTER TABLE bookings ADD COLUMN ${column} uuid REFERENCES users (id) ON DELETE SET NULL`,
      );
      // Deleting an account sets these to null: without an index, each deletion would scan
      // every booking once per column. Partial, so only the few host-made rows are indexed.
      await queryRunner.query(
        `CREATE INDEX bookings_${column} ON bookings (${column}) WHERE ${column} IS NOT NULL`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of actorColumns) {
      await queryRunner.query(`ALTER TABLE bookings DROP COLUMN ${column}`);
    }
  }
}
