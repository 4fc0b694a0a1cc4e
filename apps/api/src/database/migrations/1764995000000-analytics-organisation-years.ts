import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, point 5: the network's statistics over a month or a year read every rolled _day_ from
 * the rollups, not only whole months. The days tables and the visitors' bits are per day already;
 * the administrations were per site and month (`analytics_organisation_months`), so the partial
 * months at a period's ends (~80,000 bookings for the network's month or year) were still read
 * from the bookings.
 * `analytics_organisation_years`: per site, calendar year and administration known (SIRET or
 * label; the unknown ones count for no administration), its days with a visit as one bit a day
 * (366 bits), as `analytics_visitor_years` does for people. « Administrations represented » over
 * any rolled days is then whether a row's bits meet the days' mask: 20 sites × 150
 * administrations = 3,000 rows a year here, against a row per site, day and administration
 * (up to 780,000 a year) for a day grain in rows, or an array per site and day (~5,200 rows of up to
 * 150 labels, unnested and deduplicated at each read). Visits and days per administration (a
 * site's administrations table) stay in `analytics_organisation_months`: a site's partial months
 * are a few thousand bookings.
 * Key: the natural key, which is also how the table is read (the sites, then a year or two). No
 * other index: nothing is looked up by administration, and nothing names a person.
 * `analytics_network_visitor_years`: per calendar year and person, their days of visit at any
 * site (the OR of their `analytics_visitor_years` rows). The network's distinct agents and
 * repeat visitors read a row a person (~20,000 a year here) instead of grouping a row a person
 * and site (~80,000 a year, ~120,000 for a year across two calendar years), which was half of
 * the network year's time. Erased like the visitor years: account deletion cascades (hence the
 * index on the person), retention clears the days before its cut.
 *
 * Filled from the rolled months' bookings: retention and account deletion erase a booking's
 * holder, never its administration, and a booking changed in a rolled month unrolls it (trigger
 * `analytics_unroll_changed_month`), so the bookings still say which administrations came.
 */
export class AnalyticsOrganisationYears1764995000000 implements MigrationInterface {
  name = 'AnalyticsOrganisationYears1764995000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE analytics_organisation_years (
        site_id uuid NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
        year integer NOT NULL,
        organisation text COLLATE "C" NOT NULL,
        days bit(366) NOT NULL,
        PRIMARY KEY (site_id, year, organisation)
      )`);
    // A visit of a settled day: checked in (a confirmed booking of it has ended: a no-show).
    await queryRunner.query(`
      INSERT INTO analytics_organisation_years (site_id, year, organisation, days)
      SELECT b.site_id, date_part('year', b.local_date)::int,
             coalesce(b.organization_siret, b.organization_label) COLLATE "C",
             bit_or(set_bit(repeat('0', 366)::bit(366),
                            b.local_date - make_date(date_part('year', b.local_date)::int, 1, 1), 1))
      FROM bookings b JOIN analytics_rollup_state r ON b.local_date <= r.rolled_through
      WHERE coalesce(b.organization_siret, b.organization_label) IS NOT NULL
        AND (b.status IN ('checked_in', 'checked_out')
             OR (b.status = 'confirmed' AND b.ends_at > now()))
      GROUP BY b.site_id, date_part('year', b.local_date),
               coalesce(b.organization_siret, b.organization_label) COLLATE "C"`);
    await queryRunner.query(`ANALYZE analytics_organisation_years`);

    await queryRunner.query(`
      CREATE TABLE analytics_network_visitor_years (
        year integer NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        days bit(366) NOT NULL,
        PRIMARY KEY (year, user_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX analytics_network_visitor_years_user ON analytics_network_visitor_years (user_id)`,
    );
    // From the visitor years as they are (people erased since have no row there either).
    await queryRunner.query(`
      INSERT INTO analytics_network_visitor_years (year, user_id, days)
      SELECT year, user_id, bit_or(days) FROM analytics_visitor_years GROUP BY year, user_id`);
    await queryRunner.query(`ANALYZE analytics_network_visitor_years`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE analytics_network_visitor_years`);
    await queryRunner.query(`DROP TABLE analytics_organisation_years`);
  }
}
