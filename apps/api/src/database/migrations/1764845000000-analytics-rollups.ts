import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 (analytics over a year under 300 ms): the figures of finished months, rolled up once
 * by a nightly job (`AnalyticsRollupService`) so that a year's statistics read a few thousand
 * rows instead of every booking; the days after the last rolled month are still read from the
 * bookings. Each table holds what one of the analytics' figures needs and nothing more:
 * - `analytics_site_days`: per site and day, desk half-days held, bookings, no-shows, visits —
 *   the days table, occupancy and rates (a year of a site: 365 rows);
 * - `analytics_organisation_days`: per site, day and administration, its visits — the
 *   administrations represented, days shared by several, the administrations table;
 * - `analytics_desk_months`: per desk and month, half-days held on open days — the desk and zone
 *   tables;
 * - `analytics_visitor_months`: per site, month and person, days of visit, first and last day,
 *   administrations — distinct agents, repeat visitors, people per month (open statistics). The
 *   person is erased (`user_id` null) with the bookings' holders, after the bookings' retention
 *   or when their account is deleted: the row still counts one person in its month, which is
 *   what open statistics publish.
 * Primary keys are the rows' natural keys, which is also how every query reads them (by site, or
 * desk, then day or month: a range of the key); the visitor months' key cannot hold an erased
 * person, hence a plain index on (site_id, month).
 */
export class AnalyticsRollups1764845000000 implements MigrationInterface {
  name = 'AnalyticsRollups1764845000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics_site_days (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        day date NOT NULL,
        morning_booked integer NOT NULL,
        afternoon_booked integer NOT NULL,
        bookings integer NOT NULL,
        ended_bookings integer NOT NULL,
        no_shows integer NOT NULL,
        visits integer NOT NULL,
        PRIMARY KEY (site_id, day)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_organisation_days (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        day date NOT NULL,
        organisation text COLLATE "C",
        siret text,
        label text,
        visits integer NOT NULL,
        CONSTRAINT analytics_organisation_days_key UNIQUE NULLS NOT DISTINCT (site_id, day, organisation)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_desk_months (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        desk_id uuid NOT NULL REFERENCES desks(id) ON DELETE CASCADE,
        month date NOT NULL,
        booked_half_days integer NOT NULL,
        PRIMARY KEY (site_id, month, desk_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE analytics_visitor_months (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        month date NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        organisations text[] COLLATE "C" NOT NULL,
        visit_days integer NOT NULL,
        first_day date NOT NULL,
        last_day date NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX analytics_visitor_months_site_month ON analytics_visitor_months (site_id, month)`,
    );
    // Erasing a person (retention, account deletion) finds their rows by this index.
    await queryRunner.query(
      `CREATE INDEX analytics_visitor_months_user ON analytics_visitor_months (user_id) WHERE user_id IS NOT NULL`,
    );
    // The last day of the last month rolled up: analytics read the rollups up to it, never beyond.
    await queryRunner.query(`
      CREATE TABLE analytics_rollup_state (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        rolled_through date NOT NULL,
        rolled_at timestamptz NOT NULL
      )`);

    // A settled day's bookings do not change through the API; should one be written anyway (SQL
    // by hand, an import of history), the months from its own on are read from the bookings again
    // and rolled up anew by the next run. Retention and account deletion only erase holders, which
    // the rollups keep apart, so they do not undo a month. On INSERT the state row is updated only
    // when the booking is in a rolled month: today's bookings take no lock.
    await queryRunner.query(`
      CREATE FUNCTION analytics_unroll_changed_month() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed date := CASE TG_OP WHEN 'INSERT' THEN NEW.local_date
                                   WHEN 'DELETE' THEN OLD.local_date
                                   ELSE least(OLD.local_date, NEW.local_date) END;
      BEGIN
        UPDATE analytics_rollup_state
        SET rolled_through = (date_trunc('month', changed) - interval '1 day')::date
        WHERE rolled_through >= changed;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_unroll_analytics AFTER INSERT OR DELETE ON bookings
      FOR EACH ROW EXECUTE FUNCTION analytics_unroll_changed_month()`);
    await queryRunner.query(`
      CREATE TRIGGER bookings_unroll_analytics_on_update AFTER UPDATE ON bookings
      FOR EACH ROW WHEN (
        (OLD.site_id, OLD.desk_id, OLD.local_date, OLD.slot, OLD.starts_at, OLD.ends_at, OLD.status,
         OLD.organization_siret, OLD.organization_label)
        IS DISTINCT FROM
        (NEW.site_id, NEW.desk_id, NEW.local_date, NEW.slot, NEW.starts_at, NEW.ends_at, NEW.status,
         NEW.organization_siret, NEW.organization_label))
      EXECUTE FUNCTION analytics_unroll_changed_month()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER bookings_unroll_analytics_on_update ON bookings`);
    await queryRunner.query(`DROP TRIGGER bookings_unroll_analytics ON bookings`);
    await queryRunner.query(`DROP FUNCTION analytics_unroll_changed_month()`);
    await queryRunner.query(`DROP TABLE analytics_rollup_state`);
    await queryRunner.query(`DROP TABLE analytics_visitor_months`);
    await queryRunner.query(`DROP TABLE analytics_desk_months`);
    await queryRunner.query(`DROP TABLE analytics_organisation_days`);
    await queryRunner.query(`DROP TABLE analytics_site_days`);
  }
}
