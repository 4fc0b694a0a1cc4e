import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingSeriesAndWaitlist1764100000000 implements MigrationInterface {
  name = 'BookingSeriesAndWaitlist1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE booking_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        desk_id uuid NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
        slot text NOT NULL CHECK (slot IN ('morning', 'afternoon', 'day')),
        weekdays smallint[] NOT NULL,
        from_date date NOT NULL,
        until_date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CHECK (from_date <= until_date),
        CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'::smallint[])
      )`);
    await queryRunner.query(`CREATE INDEX booking_series_user ON booking_series (user_id)`);
    await queryRunner.query(
      `ALTER TABLE bookings ADD COLUMN series_id uuid REFERENCES booking_series (id) ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX bookings_series ON bookings (series_id) WHERE series_id IS NOT NULL`,
    );
    // Set once by the day-before reminder job, so a second run or a second process does not resend.
    await queryRunner.query(`ALTER TABLE bookings ADD COLUMN reminded_at timestamptz`);
    await queryRunner.query(
      `CREATE INDEX bookings_reminder_due ON bookings (local_date) WHERE reminded_at IS NULL AND status = 'confirmed'`,
    );
    await queryRunner.query(`
      CREATE TABLE waitlist_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        local_date date NOT NULL,
        slot text NOT NULL CHECK (slot IN ('morning', 'afternoon', 'day')),
        zone text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'waiting'
          CHECK (status IN ('waiting', 'promoted', 'expired', 'cancelled')),
        created_at timestamptz NOT NULL DEFAULT now(),
        claimed_until timestamptz,
        promoted_at timestamptz,
        ended_at timestamptz,
        booking_id uuid REFERENCES bookings (id) ON DELETE SET NULL,
        CHECK (starts_at < ends_at),
        CHECK ((status = 'promoted') = (promoted_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX waitlist_entries_one_waiting ON waitlist_entries (user_id, site_id, local_date, slot) WHERE status = 'waiting'`,
    );
    await queryRunner.query(
      `CREATE INDEX waitlist_entries_queue ON waitlist_entries (site_id, local_date, created_at) WHERE status = 'waiting'`,
    );
    await queryRunner.query(
      `CREATE INDEX waitlist_entries_user ON waitlist_entries (user_id, starts_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS waitlist_entries`);
    await queryRunner.query(`DROP INDEX IF EXISTS bookings_reminder_due`);
    await queryRunner.query(`ALTER TABLE bookings DROP COLUMN IF EXISTS reminded_at`);
    await queryRunner.query(`DROP INDEX IF EXISTS bookings_series`);
    await queryRunner.query(`ALTER TABLE bookings DROP COLUMN IF EXISTS series_id`);
    await queryRunner.query(`DROP TABLE IF EXISTS booking_series`);
  }
}
