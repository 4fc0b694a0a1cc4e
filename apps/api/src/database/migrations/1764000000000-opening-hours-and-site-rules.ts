import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OpeningHoursAndSiteRules1764000000000 implements MigrationInterface {
  name = 'OpeningHoursAndSiteRules1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Several ranges per weekday (09:00–12:30 and 13:30–19:00), never overlapping.
    await queryRunner.query(`ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_pkey`);
    await queryRunner.query(
      `ALTER TABLE opening_hours ADD PRIMARY KEY (site_id, weekday, opens_at)`,
    );
    await queryRunner.query(`
      ALTER TABLE opening_hours ADD CONSTRAINT opening_hours_no_overlap
        EXCLUDE USING gist (
          site_id WITH =,
          weekday WITH =,
          tsrange(DATE '2000-01-03' + opens_at, DATE '2000-01-03' + closes_at, '[)') WITH &&
        )`);

    await queryRunner.query(
      `ALTER TABLE sites ADD COLUMN holiday_region text NOT NULL DEFAULT 'FR'`,
    );
    await queryRunner.query(`ALTER TABLE sites ADD COLUMN extended_closes_at time`);

    await queryRunner.query(`ALTER TABLE site_roles DROP CONSTRAINT site_roles_role_check`);
    await queryRunner.query(
      `ALTER TABLE site_roles ADD CONSTRAINT site_roles_role_check CHECK (role IN ('host', 'key_holder'))`,
    );

    await queryRunner.query(
      `ALTER TABLE desks ADD COLUMN assigned_user_id uuid REFERENCES users (id) ON DELETE SET NULL`,
    );

    await queryRunner.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_slot_check`);
    await queryRunner.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_slot_check CHECK (slot IN ('morning', 'afternoon', 'day', 'hour'))`,
    );

    await queryRunner.query(`
      CREATE TABLE site_rules (
        site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
        max_days_ahead integer NOT NULL DEFAULT 30 CHECK (max_days_ahead BETWEEN 0 AND 365),
        max_bookings_per_week integer CHECK (max_bookings_per_week > 0),
        allowed_slot_types text[] NOT NULL DEFAULT '{half_day,full_day}'
          CHECK (cardinality(allowed_slot_types) > 0 AND allowed_slot_types <@ '{half_day,full_day,hourly}'::text[]),
        cancellation_deadline_minutes integer NOT NULL DEFAULT 0 CHECK (cancellation_deadline_minutes >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`INSERT INTO site_rules (site_id) SELECT id FROM sites`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE site_rules`);
    await queryRunner.query(`DELETE FROM bookings WHERE slot = 'hour'`);
    await queryRunner.query(`ALTER TABLE bookings DROP CONSTRAINT bookings_slot_check`);
    await queryRunner.query(
      `ALTER TABLE bookings ADD CONSTRAINT bookings_slot_check CHECK (slot IN ('morning', 'afternoon', 'day'))`,
    );
    await queryRunner.query(`ALTER TABLE desks DROP COLUMN assigned_user_id`);
    await queryRunner.query(`DELETE FROM site_roles WHERE role = 'key_holder'`);
    await queryRunner.query(`ALTER TABLE site_roles DROP CONSTRAINT site_roles_role_check`);
    await queryRunner.query(
      `ALTER TABLE site_roles ADD CONSTRAINT site_roles_role_check CHECK (role IN ('host'))`,
    );
    await queryRunner.query(`ALTER TABLE sites DROP COLUMN extended_closes_at`);
    await queryRunner.query(`ALTER TABLE sites DROP COLUMN holiday_region`);
    await queryRunner.query(`ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_no_overlap`);
    // Keep the first range of each weekday: the old key allows one.
    await queryRunner.query(`
      DELETE FROM opening_hours o USING opening_hours earlier
      WHERE o.site_id = earlier.site_id AND o.weekday = earlier.weekday AND earlier.opens_at < o.opens_at`);
    await queryRunner.query(`ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_pkey`);
    await queryRunner.query(`ALTER TABLE opening_hours ADD PRIMARY KEY (site_id, weekday)`);
  }
}
