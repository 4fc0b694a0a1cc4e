import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 5 (the network's statistics over a year under 300 ms at a million bookings).
 * A year of the network read hundreds of thousands of rolled rows and sorted them: one per site,
 * day and administration (`analytics_organisation_days`), one per site, month and person
 * (`analytics_visitor_months`, 40,000 a month). What the figures need of them is coarser:
 * - `analytics_site_days.administrations`: per site and day, the administrations known (SIRET or
 *   label) with a visit — the days table's column; « days shared by several administrations »
 *   counts the days where it is 2 or more (a year of a site: 365 rows);
 * - `analytics_organisation_months` (replaces `analytics_organisation_days`): per site, month and
 *   administration (null: unknown), its visits and its days with a visit — the administrations
 *   represented (distinct over months), the administrations table (a day lies in one month);
 * - `analytics_site_months`: per site and month, the people who visited — what open statistics
 *   publish and withhold under 5; counts the people erased since, as the visitor months do;
 * - `analytics_visitor_years`: per site, calendar year and person, their days of visit as one
 *   bit a day (366 bits) — distinct agents and repeat visitors of a site (days set), and across
 *   sites (an OR of a person's bits, per year), for any period, exactly: a row a person and site
 *   for the year instead of one a month. Erased people have no row (they count for nobody by
 *   name): account deletion cascades, retention clears their bits (`RetentionService`).
 * `analytics_visitor_months` stays: a person's months in « Mes données », the administrations'
 * agents in a site's table (one site: a few thousand rows a year).
 * Keys are the natural keys, which are also how the tables are read (a site, then a range of
 * months or years); the visitor years' index on the person serves their erasure (the cascade).
 *
 * The new tables are filled here from what already holds their figures, not rolled again from
 * the bookings: rolling a month again would lose the people erased since it was rolled (their
 * visitor months and site months keep counting them). The administrations come from the
 * organisation days, the site months from the visitor months; the visitor years from the rolled
 * months' bookings, whose erased holders are exactly the people the table must not hold.
 */
export class AnalyticsCoarserRollups1764990000000 implements MigrationInterface {
  name = 'AnalyticsCoarserRollups1764990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE analytics_site_days ADD COLUMN administrations integer NOT NULL DEFAULT 0`,
    );
    await queryRunner.query(
      `ALTER TABLE analytics_site_days ALTER COLUMN administrations DROP DEFAULT`,
    );
    await queryRunner.query(`
      UPDATE analytics_site_days d SET administrations = o.administrations
      FROM (SELECT site_id, day, count(organisation)::int AS administrations
            FROM analytics_organisation_days GROUP BY site_id, day) o
      WHERE o.site_id = d.site_id AND o.day = d.day`);
    await queryRunner.query(`
      CREATE TABLE analytics_organisation_months (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        month date NOT NULL,
        organisation text COLLATE "C",
        siret text,
        label text,
        visits integer NOT NULL,
        days integer NOT NULL,
        CONSTRAINT analytics_organisation_months_key UNIQUE NULLS NOT DISTINCT (site_id, month, organisation)
      )`);
    await queryRunner.query(`
      INSERT INTO analytics_organisation_months (site_id, month, organisation, siret, label, visits, days)
      SELECT site_id, date_trunc('month', day)::date, organisation, max(siret), max(label),
             sum(visits)::int, count(*)::int
      FROM analytics_organisation_days
      GROUP BY site_id, date_trunc('month', day), organisation`);
    await queryRunner.query(`DROP TABLE analytics_organisation_days`);

    await queryRunner.query(`
      CREATE TABLE analytics_site_months (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        month date NOT NULL,
        people integer NOT NULL,
        PRIMARY KEY (site_id, month)
      )`);
    await queryRunner.query(`
      INSERT INTO analytics_site_months (site_id, month, people)
      SELECT site_id, month, count(*)::int FROM analytics_visitor_months GROUP BY site_id, month`);

    await queryRunner.query(`
      CREATE TABLE analytics_visitor_years (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        year integer NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        days bit(366) NOT NULL,
        PRIMARY KEY (site_id, year, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX analytics_visitor_years_user ON analytics_visitor_years (user_id)`,
    );
    // A visit of a settled day: checked in (a confirmed booking of it has ended: a no-show).
    await queryRunner.query(`
      INSERT INTO analytics_visitor_years (site_id, year, user_id, days)
      SELECT b.site_id, date_part('year', b.local_date)::int, b.user_id,
             bit_or(set_bit(repeat('0', 366)::bit(366),
                            b.local_date - make_date(date_part('year', b.local_date)::int, 1, 1), 1))
      FROM bookings b JOIN analytics_rollup_state r ON b.local_date <= r.rolled_through
      WHERE b.user_id IS NOT NULL
        AND (b.status IN ('checked_in', 'checked_out')
             OR (b.status = 'confirmed' AND b.ends_at > now()))
      GROUP BY b.site_id, date_part('year', b.local_date), b.user_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics_visitor_years`);
    await queryRunner.query(`DROP TABLE analytics_site_months`);
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
    await queryRunner.query(`DROP TABLE analytics_organisation_months`);
    await queryRunner.query(`ALTER TABLE analytics_site_days DROP COLUMN administrations`);
    // An administration's days cannot be rebuilt from its months: every month is read from the
    // bookings again until the next run rolls it up anew.
    await queryRunner.query(`DELETE FROM analytics_rollup_state`);
  }
}
