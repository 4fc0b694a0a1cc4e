import { addDaysToIsoDate, holidayRegionSchema, type HolidayRegion } from '@admz/shared';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows, type Queryable } from '../database/typed-query';
import { expectedAtTheDoorSql } from '../events/registration-queries';

/**
 * The analytics' SQL. Every figure is an aggregate computed by PostgreSQL (GROUP BY, GROUPING
 * SETS for the network's totals, generate_series for the days): bookings never come into
 * memory, only one row per day, zone, desk, administration or site.
 *
 * Definitions (docs/decisions.md, « Statistics »):
 * - a day is open when an exception opens it, else when it is no public holiday of the site's
 *   region and the weekly hours have a range that weekday;
 * - capacity: the site's desks active today × 2 half-days × open days (desk history is not kept);
 * - a desk half-day is booked when a booking not cancelled nor released holds it (`day` holds
 *   both, an hourly booking the halves it overlaps, midday being the site's `midday_at`);
 * - a no-show is an ended booking nobody checked in to (released `absent`, or still `confirmed`);
 * - a visit is a booking checked in, or still to come: someone came or is expected;
 * - an administration is the booking's SIRET, else its label (snapshot at booking time).
 */

/** What every statement starts from: the period's days, which of them each site opens, its bookings. */
export type PeriodScope = {
  siteIds: string[];
  from: string;
  to: string;
  now: Date;
  /** The public holidays of the sites' regions in the period. */
  holidays: { region: HolidayRegion; date: string }[];
  /**
   * The whole months of the period already rolled up (`analytics-rollup.ts`): a statement that
   * reads month-grain rollups reads their figures from the rollup tables, the other days from the
   * bookings. Null: every day from bookings.
   */
  rolled: { from: string; to: string } | null;
  /**
   * Every day of the period already rolled up, partial months included: a statement that reads
   * only day-grain rollups (`Grain` 'day') reads them from the rollups, the other days (after the
   * last rolled one) from the bookings. Null: every day from bookings.
   */
  rolledDays: { from: string; to: string } | null;
};

/**
 * What a statement reads from the rollups: whole months (every rollup table, bookings for the
 * partial months), or every rolled day (only the tables that hold days: site days, visitors' and
 * administrations' days of the year; bookings only for the days not rolled yet).
 */
type Grain = 'month' | 'day';

const scopeParameters = (scope: PeriodScope, grain: Grain = 'month') => {
  const rolled = grain === 'day' ? scope.rolledDays : scope.rolled;
  return [
    scope.siteIds,
    scope.from,
    scope.to,
    scope.now,
    scope.holidays.map((holiday) => holiday.region),
    scope.holidays.map((holiday) => holiday.date),
    // Nothing rolled: an empty range just after the period.
    rolled?.from ?? addDaysToIsoDate(scope.to, 1),
    rolled?.to ?? scope.to,
  ];
};

/** A bit string of a calendar year's days (366 bits, the first for 1 January), none set. */
const noDays = `repeat('0', 366)::bit(366)`;

/** SQL: the days of `year` between `from` and `to` (SQL expressions, dates), as such bits. */
export const daysOfYearBetween = (year: string, from: string, to: string) => {
  const first = `least(greatest(${from} - make_date(${year}, 1, 1), 0), 366)`;
  const end = `least(greatest(${to} - make_date(${year}, 1, 1) + 1, 0), 366)`;
  return `(repeat('0', ${first}) || repeat('1', greatest(${end} - ${first}, 0))
           || repeat('0', 366 - greatest(${end}, ${first})))::bit(366)`;
};

/**
 * Month-grain facts (after `day_halves`): per desk and month, per site, month and person, per
 * site and month. Their rollups hold whole months only.
 */
const monthGrainCtes = `
  -- Per desk and month: half-days held on open days.
  desk_month_facts AS (
    SELECT h.site_id, h.desk_id, date_trunc('month', h.day)::date AS month,
           (count(*) FILTER (WHERE h.morning) + count(*) FILTER (WHERE h.afternoon))::int
             AS booked_half_days
    FROM desk_days h JOIN site_days sd ON sd.site_id = h.site_id AND sd.day = h.day AND sd.is_open
    GROUP BY h.site_id, h.desk_id, date_trunc('month', h.day)
    UNION ALL
    SELECT site_id, desk_id, month, booked_half_days FROM analytics_desk_months
    WHERE site_id = ANY($1::uuid[]) AND month BETWEEN $7::date AND $8::date
  ),
  -- Per site, month and person who visited: days of visit, first and last, administrations (the
  -- administrations' agents, « Mes données »). Rolled rows of people since erased have no user_id.
  visitor_facts AS (
    SELECT site_id, date_trunc('month', day)::date AS month, user_id,
           array_agg(DISTINCT organisation) AS organisations,
           count(DISTINCT day)::int AS visit_days, min(day) AS first_day, max(day) AS last_day
    FROM b WHERE is_visit AND user_id IS NOT NULL
    GROUP BY site_id, date_trunc('month', day), user_id
    UNION ALL
    SELECT site_id, month, user_id, organisations, visit_days, first_day, last_day
    FROM analytics_visitor_months
    WHERE site_id = ANY($1::uuid[]) AND month BETWEEN $7::date AND $8::date
  ),
  -- Per site and month, the people who visited; rolled months keep counting the people erased
  -- since (what open statistics publish).
  site_month_facts AS (
    SELECT site_id, month, count(*)::int AS people
    FROM (SELECT DISTINCT site_id, date_trunc('month', day)::date AS month, user_id
          FROM b WHERE is_visit AND user_id IS NOT NULL) v
    GROUP BY site_id, month
    UNION ALL
    SELECT site_id, month, people FROM analytics_site_months
    WHERE site_id = ANY($1::uuid[]) AND month BETWEEN $7::date AND $8::date
  ),
`;

/**
 * Per calendar year and person, their days of visit at any site of the scope (an OR of these
 * rows per person and year: the network's distinct agents and repeat visitors), at month grain:
 * from the sites' rows.
 */
const networkVisitorMonthCtes = `
  network_visitor_day_facts AS (SELECT user_id, year, days FROM visitor_day_facts)`;

/**
 * The same at day grain: when the scope is every site (the network), the rolled days from
 * `analytics_network_visitor_years` (a row a person and year, not one a person, site and year)
 * and the other days from the bookings; else from the sites' rows.
 */
const networkVisitorDayCtes = `
  whole_network AS (
    SELECT NOT EXISTS (SELECT 1 FROM sites WHERE NOT (id = ANY($1::uuid[]))) AS is_whole
  ),
  network_visitor_day_facts AS (
    SELECT user_id, year, days FROM visitor_day_facts
    WHERE NOT (SELECT is_whole FROM whole_network)
    UNION ALL
    SELECT user_id, date_part('year', day)::int AS year,
           bit_or(set_bit(${noDays}, day - make_date(date_part('year', day)::int, 1, 1), 1)) AS days
    FROM b WHERE is_visit AND user_id IS NOT NULL AND (SELECT is_whole FROM whole_network)
    GROUP BY user_id, date_part('year', day)
    UNION ALL
    SELECT n.user_id, n.year, n.days & r.days
    FROM analytics_network_visitor_years n JOIN rolled_years r ON r.year = n.year
    WHERE (SELECT is_whole FROM whole_network)
      AND n.year BETWEEN date_part('year', $7::date)::int AND date_part('year', $8::date)::int
      AND bit_count(n.days & r.days) > 0
  )`;

/**
 * The administrations, last of `periodCtes`, at month grain: per site, month and administration
 * (its visits and days), and the administrations known seen per site.
 */
const organisationMonthCtes = (withLabels: boolean) => `
  -- Per site, month and administration (null: unknown): its visits and its days with a visit.
  organisation_month_facts AS (
    SELECT site_id, date_trunc('month', day)::date AS month, organisation,
           ${withLabels ? 'max(siret) AS siret, max(label) AS label,' : ''}
           sum(visits)::int AS visits, count(*)::int AS days
    FROM b_organisation_days GROUP BY site_id, date_trunc('month', day), organisation
    UNION ALL
    SELECT site_id, month, organisation, ${withLabels ? 'siret, label,' : ''} visits, days
    FROM analytics_organisation_months
    WHERE site_id = ANY($1::uuid[]) AND month BETWEEN $7::date AND $8::date
  ),
  -- Per site, the administrations known with a visit in the period.
  organisations_seen AS (
    SELECT DISTINCT site_id, organisation FROM organisation_month_facts
    WHERE organisation IS NOT NULL
  )`;

/**
 * The administrations known seen per site, at day grain: from the bookings' days, and from the
 * rolled days of their year (`analytics_organisation_years`, a bit a day) — no partial month from
 * the bookings.
 */
const organisationDayCtes = `
  organisations_seen AS (
    SELECT site_id, organisation FROM b_organisation_days WHERE organisation IS NOT NULL
    UNION
    SELECT o.site_id, o.organisation
    FROM analytics_organisation_years o JOIN rolled_years r ON r.year = o.year
    WHERE o.site_id = ANY($1::uuid[]) AND o.year BETWEEN date_part('year', $7::date)::int
                                                     AND date_part('year', $8::date)::int
      AND bit_count(o.days & r.days) > 0
  )`;

/**
 * $1 site ids, $2 from, $3 to, $4 now, $5/$6 holiday regions and dates, $7/$8 the rolled range:
 * the rolled whole months (`grain` 'month'), or every rolled day ('day').
 *
 * At day grain only the day-grain facts are defined (no desk, visitor or site months, and the
 * administrations only as `organisations_seen`): what the network's summary reads.
 * The « facts » CTEs are the period's figures at the finest grain any table shows — per site and
 * day, per desk and month, per site, month and administration, per site, month and person, per
 * site and month (people), per site, year and person (days of visit as bits) — each the union of
 * the days read from bookings (`b`) and the rolled months read from their table.
 * The nightly rollup stores exactly these facts for whole months (`rollUpMonthStatements`), so a
 * figure means the same whichever way its days were read. The bookings' SIRET and label are
 * carried only where a table shows them (`withLabels`).
 */
const periodCtes = (withLabels = false, grain: Grain = 'month') => `
  WITH site_days AS (
    SELECT s.id AS site_id, d.day,
           -- A temporary site (a tour stop) opens only between its first and last day.
           CASE WHEN d.day < s.starts_on OR d.day > s.ends_on THEN false
                WHEN e.site_id IS NOT NULL THEN NOT e.is_closed
                WHEN EXISTS (SELECT 1 FROM unnest($5::text[], $6::date[]) AS h(region, day)
                             WHERE h.region = s.holiday_region AND h.day = d.day) THEN false
                ELSE EXISTS (SELECT 1 FROM opening_hours w
                             WHERE w.site_id = s.id AND w.weekday = extract(isodow FROM d.day))
           END AS is_open
    FROM sites s
    CROSS JOIN (SELECT g::date AS day FROM generate_series($2::date, $3::date, interval '1 day') AS g) d
    LEFT JOIN opening_exceptions e ON e.site_id = s.id AND e.date = d.day
    WHERE s.id = ANY($1::uuid[])
  ),
  -- One pass over the sites' days (every site of the scope has each day of the period).
  capacity AS MATERIALIZED (
    SELECT sd.site_id, count(*) FILTER (WHERE sd.is_open)::int AS open_days,
           (SELECT count(*) FROM desks k WHERE k.site_id = sd.site_id AND k.is_active)::int
             AS active_desks
    FROM site_days sd GROUP BY sd.site_id
  ),
  -- The period's bookings outside the rolled range: two ranges of the (site_id, local_date) index.
  b AS MATERIALIZED (
    SELECT b.site_id, b.desk_id, b.user_id, b.local_date AS day,
           -- Compared byte-wise: sorting it by a locale's collation costs more and means nothing here.
           coalesce(b.organization_siret, b.organization_label) COLLATE "C" AS organisation,
           ${withLabels ? 'b.organization_siret, b.organization_label,' : ''}
           b.status IN ('confirmed', 'checked_in', 'checked_out') AS is_held,
           b.ends_at <= $4::timestamptz AS is_ended,
           b.status = 'absent' OR (b.status = 'confirmed' AND b.ends_at <= $4::timestamptz) AS is_no_show,
           b.status IN ('checked_in', 'checked_out')
             OR (b.status = 'confirmed' AND b.ends_at > $4::timestamptz) AS is_visit,
           -- CASE evaluates lazily: only hourly bookings pay for the timezone conversion.
           CASE b.slot WHEN 'hour' THEN (b.starts_at AT TIME ZONE s.timezone)::time < s.midday_at
                       ELSE b.slot IN ('morning', 'day') END AS in_morning,
           CASE b.slot WHEN 'hour' THEN (b.ends_at AT TIME ZONE s.timezone)::time > s.midday_at
                       ELSE b.slot IN ('afternoon', 'day') END AS in_afternoon
    FROM bookings b JOIN sites s ON s.id = b.site_id
    WHERE b.site_id = ANY($1::uuid[])
      AND (b.local_date BETWEEN $2::date AND least($3::date, $7::date - 1)
           OR b.local_date BETWEEN greatest($2::date, $8::date + 1) AND $3::date)
      AND b.status <> 'cancelled'
  ),
  -- One row per desk-day held, saying which halves are held: a hashed GROUP BY instead of sorting
  -- one row per booking and half (DISTINCT).
  desk_days AS MATERIALIZED (
    SELECT site_id, desk_id, day,
           coalesce(bool_or(in_morning), false) AS morning,
           coalesce(bool_or(in_afternoon), false) AS afternoon
    FROM b WHERE is_held AND (in_morning OR in_afternoon)
    GROUP BY site_id, desk_id, day
  ),
  -- Per site, day and administration (null: unknown) of the bookings read, its visits that day.
  b_organisation_days AS MATERIALIZED (
    SELECT site_id, day, organisation,
           ${withLabels ? 'max(organization_siret) AS siret, max(organization_label) AS label,' : ''}
           count(*)::int AS visits
    FROM b WHERE is_visit GROUP BY site_id, day, organisation
  ),
  -- Per site and day, open or not: desk half-days held, bookings, no-shows, visits, and the
  -- administrations known with a visit (two or more: a day shared by several).
  day_facts AS MATERIALIZED (
    SELECT site_id, day, sum(morning_booked)::int AS morning_booked,
           sum(afternoon_booked)::int AS afternoon_booked, sum(bookings)::int AS bookings,
           sum(ended_bookings)::int AS ended_bookings, sum(no_shows)::int AS no_shows,
           sum(visits)::int AS visits, sum(administrations)::int AS administrations
    FROM (
      SELECT site_id, day, count(*) FILTER (WHERE morning) AS morning_booked,
             count(*) FILTER (WHERE afternoon) AS afternoon_booked,
             0 AS bookings, 0 AS ended_bookings, 0 AS no_shows, 0 AS visits, 0 AS administrations
      FROM desk_days GROUP BY site_id, day
      UNION ALL
      SELECT site_id, day, 0, 0, count(*), count(*) FILTER (WHERE is_ended),
             count(*) FILTER (WHERE is_no_show), count(*) FILTER (WHERE is_visit), 0
      FROM b GROUP BY site_id, day
      UNION ALL
      SELECT site_id, day, 0, 0, 0, 0, 0, 0, count(organisation)
      FROM b_organisation_days GROUP BY site_id, day
      UNION ALL
      SELECT site_id, day, morning_booked, afternoon_booked, bookings, ended_bookings, no_shows,
             visits, administrations
      FROM analytics_site_days
      WHERE site_id = ANY($1::uuid[]) AND day BETWEEN $7::date AND $8::date
    ) f
    GROUP BY site_id, day
  ),
  -- Desk half-days booked per site and open day.
  day_halves AS (
    SELECT f.site_id, f.day, f.morning_booked, f.afternoon_booked
    FROM day_facts f JOIN site_days sd ON sd.site_id = f.site_id AND sd.day = f.day AND sd.is_open
  ),
  ${grain === 'month' ? monthGrainCtes : ''}
  -- The rolled days of each calendar year the rolled range covers, as a day mask.
  rolled_years AS (
    SELECT y AS year, ${daysOfYearBetween('y', '$7::date', '$8::date')} AS days
    FROM generate_series(date_part('year', $7::date)::int, date_part('year', $8::date)::int) AS y
    WHERE $7::date <= $8::date
  ),
  -- Per site, calendar year and person (not erased): their days of visit, one bit a day. A
  -- person's days across months, sites or years are then an OR of bits, not a sort of rows.
  visitor_day_facts AS ${grain === 'day' ? 'NOT MATERIALIZED' : ''} (
    SELECT site_id, date_part('year', day)::int AS year, user_id,
           bit_or(set_bit(${noDays}, day - make_date(date_part('year', day)::int, 1, 1), 1)) AS days
    FROM b WHERE is_visit AND user_id IS NOT NULL
    GROUP BY site_id, date_part('year', day), user_id
    UNION ALL
    SELECT v.site_id, v.year, v.user_id, v.days & r.days
    FROM analytics_visitor_years v JOIN rolled_years r ON r.year = v.year
    WHERE v.site_id = ANY($1::uuid[]) AND v.year BETWEEN date_part('year', $7::date)::int
                                                      AND date_part('year', $8::date)::int
      -- People with no day in the rolled range are left out before being grouped: a week or a
      -- month of the network groups ~10,000 or ~40,000 of the year's ~80,000 rows.
      AND bit_count(v.days & r.days) > 0
  ),
  -- Per site and person who came: their days of visit (two or more: a repeat visitor).
  visitor_spans AS MATERIALIZED (
    SELECT site_id, user_id, visit_days FROM (
      SELECT site_id, user_id, sum(bit_count(days)::int)::int AS visit_days
      FROM visitor_day_facts GROUP BY site_id, user_id
    ) v WHERE visit_days > 0
  ),
  ${grain === 'month' ? networkVisitorMonthCtes : networkVisitorDayCtes},
  ${grain === 'month' ? organisationMonthCtes(withLabels) : organisationDayCtes}`;

const summaryRow = z.object({
  site_id: column.id.nullable(),
  open_days: column.integer,
  active_desks: column.integer,
  available_half_days: column.integer,
  morning_booked: column.integer,
  afternoon_booked: column.integer,
  bookings: column.integer,
  ended_bookings: column.integer,
  no_shows: column.integer,
  visits: column.integer,
  distinct_agents: column.integer,
  repeat_visitors: column.integer,
  administrations: column.integer,
  shared_days: column.integer,
});
export type SummaryRow = z.output<typeof summaryRow>;

/** The summary's aggregates, after `periodCtes()` (see `summariseSites`). */
const summaryCtes = `
     cap AS (
       SELECT site_id, sum(open_days)::int AS open_days, sum(active_desks)::int AS active_desks,
              sum(open_days * active_desks * 2)::int AS available_half_days
       FROM capacity GROUP BY GROUPING SETS ((site_id), ())
     ),
     held AS (
       SELECT site_id, sum(morning_booked)::int AS morning_booked,
              sum(afternoon_booked)::int AS afternoon_booked
       FROM day_halves GROUP BY GROUPING SETS ((site_id), ())
     ),
     people AS (
       SELECT site_id, sum(bookings)::int AS bookings, sum(ended_bookings)::int AS ended_bookings,
              sum(no_shows)::int AS no_shows, sum(visits)::int AS visits,
              count(*) FILTER (WHERE administrations >= 2)::int AS shared_days
       FROM day_facts GROUP BY GROUPING SETS ((site_id), ())
     ),
     -- People and administrations: per site, then once across sites.
     visitors AS (
       SELECT site_id, count(*)::int AS distinct_agents,
              count(*) FILTER (WHERE visit_days >= 2)::int AS repeat_visitors
       FROM visitor_spans GROUP BY site_id
       UNION ALL
       SELECT NULL, count(*) FILTER (WHERE visit_days >= 1)::int,
              count(*) FILTER (WHERE visit_days >= 2)::int
       FROM (SELECT user_id, sum(bit_count(days)::int) AS visit_days
             FROM (SELECT user_id, year, bit_or(days) AS days
                   FROM network_visitor_day_facts GROUP BY user_id, year) y
             GROUP BY user_id) v
     ),
     organisations AS (
       SELECT site_id, count(DISTINCT organisation)::int AS administrations
       FROM organisations_seen GROUP BY GROUPING SETS ((site_id), ())
     )`;

/** One row per site of the scope and the totals' row, from `summaryCtes`. */
const summarySelect = `
     SELECT cap.site_id, cap.open_days, cap.active_desks, cap.available_half_days,
            coalesce(held.morning_booked, 0) AS morning_booked,
            coalesce(held.afternoon_booked, 0) AS afternoon_booked,
            coalesce(people.bookings, 0) AS bookings,
            coalesce(people.ended_bookings, 0) AS ended_bookings,
            coalesce(people.no_shows, 0) AS no_shows,
            coalesce(people.visits, 0) AS visits,
            coalesce(visitors.distinct_agents, 0) AS distinct_agents,
            coalesce(visitors.repeat_visitors, 0) AS repeat_visitors,
            coalesce(organisations.administrations, 0) AS administrations,
            coalesce(people.shared_days, 0) AS shared_days
     FROM cap
     LEFT JOIN held ON held.site_id IS NOT DISTINCT FROM cap.site_id
     LEFT JOIN people ON people.site_id IS NOT DISTINCT FROM cap.site_id
     LEFT JOIN visitors ON visitors.site_id IS NOT DISTINCT FROM cap.site_id
     LEFT JOIN organisations ON organisations.site_id IS NOT DISTINCT FROM cap.site_id`;

/**
 * One row per site of the scope, and the scope's totals (`site_id` null): capacities and
 * site-days summed, people and administrations counted once across sites.
 */
export function summariseSites(db: Queryable, scope: PeriodScope): Promise<SummaryRow[]> {
  return queryRows(
    db,
    summaryRow,
    `${periodCtes(false, 'day')}, ${summaryCtes} ${summarySelect}`,
    scopeParameters(scope, 'day'),
  );
}

const dayRow = z.object({
  day: column.date,
  is_open: column.boolean,
  available_half_days: column.integer,
  morning_booked: column.integer,
  afternoon_booked: column.integer,
  visits: column.integer,
  no_shows: column.integer,
  administrations: column.integer,
});
export type DayRow = z.output<typeof dayRow>;

const deskRow = z.object({
  desk_id: column.id,
  label: column.text,
  zone: column.text,
  is_active: column.boolean,
  booked_half_days: column.integer,
});
export type DeskRow = z.output<typeof deskRow>;

const administrationRow = z.object({
  siret: column.text.nullable(),
  label: column.text.nullable(),
  visits: column.integer,
  agents: column.integer,
  days: column.integer,
});
export type AdministrationRow = z.output<typeof administrationRow>;

const visitorRow = z.object({ name: column.text, days: column.integer });

const siteFiguresRow = z.object({
  summaries: z.array(summaryRow),
  days: z.array(dayRow),
  desks: z.array(deskRow),
  administrations: z.array(administrationRow),
  visitors: z.array(visitorRow).nullable(),
});
export type SiteFigures = z.output<typeof siteFiguresRow>;

/**
 * Everything a site's analytics show, in one statement so that the period's bookings are read
 * and grouped once (five statements read them five times): the summary rows (`summariseSites`),
 * every day of the period in order, every desk (active, or booked in the period) by zone and
 * label, the administrations of the visits (most visits first; unknown ones grouped as one row)
 * and, only when `showNames`, the people who came two days or more, by name (at most 1,000).
 * The scope has the one site.
 */
export async function siteFigures(
  db: Queryable,
  scope: PeriodScope,
  showNames: boolean,
): Promise<SiteFigures> {
  const [row] = await queryRows(
    db,
    siteFiguresRow,
    `${periodCtes(true)}, ${summaryCtes},
     summary_rows AS (${summarySelect}),
     day_rows AS (
       SELECT sd.day, sd.is_open,
              CASE WHEN sd.is_open THEN cap.active_desks * 2 ELSE 0 END AS available_half_days,
              coalesce(h.morning_booked, 0)::int AS morning_booked,
              coalesce(h.afternoon_booked, 0)::int AS afternoon_booked,
              coalesce(p.visits, 0) AS visits, coalesce(p.no_shows, 0) AS no_shows,
              coalesce(p.administrations, 0) AS administrations
       FROM site_days sd
       JOIN capacity cap ON cap.site_id = sd.site_id
       LEFT JOIN day_halves h ON h.site_id = sd.site_id AND h.day = sd.day
       LEFT JOIN day_facts p ON p.site_id = sd.site_id AND p.day = sd.day
     ),
     desk_rows AS (
       SELECT k.id AS desk_id, k.label, k.zone, k.is_active,
              coalesce(h.booked, 0) AS booked_half_days
       FROM desks k
       LEFT JOIN (
         SELECT desk_id, sum(booked_half_days)::int AS booked FROM desk_month_facts GROUP BY desk_id
       ) h ON h.desk_id = k.id
       WHERE k.site_id = ANY($1::uuid[]) AND (k.is_active OR h.booked > 0)
     ),
     administration_rows AS (
       SELECT max(f.siret) AS siret, max(f.label) AS label, sum(f.visits)::int AS visits,
              coalesce(max(a.agents), 0) AS agents, sum(f.days)::int AS days
       FROM organisation_month_facts f
       LEFT JOIN (
         SELECT o.organisation, count(DISTINCT v.user_id)::int AS agents
         FROM visitor_facts v CROSS JOIN unnest(v.organisations) AS o(organisation)
         GROUP BY o.organisation
       ) a ON a.organisation IS NOT DISTINCT FROM f.organisation
       GROUP BY f.organisation
     ),
     visitor_rows AS (
       SELECT trim(u.given_name || ' ' || u.usual_name) AS name, v.visit_days AS days,
              row_number() OVER (ORDER BY v.visit_days DESC, u.usual_name, u.given_name) AS rank
       FROM visitor_spans v JOIN users u ON u.id = v.user_id
       WHERE v.visit_days >= 2
     )
     SELECT (SELECT json_agg(r) FROM summary_rows r) AS summaries,
            (SELECT coalesce(json_agg(r ORDER BY r.day), '[]') FROM day_rows r) AS days,
            (SELECT coalesce(json_agg(r ORDER BY r.zone, r.label), '[]') FROM desk_rows r) AS desks,
            (SELECT coalesce(json_agg(r ORDER BY r.visits DESC, r.label NULLS LAST,
                                        r.siret NULLS LAST), '[]')
             FROM administration_rows r) AS administrations,
            CASE WHEN $9::boolean THEN
              (SELECT coalesce(json_agg(json_build_object('name', r.name, 'days', r.days)
                                        ORDER BY r.rank), '[]')
               FROM visitor_rows r WHERE r.rank <= 1000)
            END AS visitors`,
    [...scopeParameters(scope), showNames],
  );
  if (!row) throw new Error('the site figures have no row');
  return row;
}

const monthRow = z.object({
  site_id: column.id,
  month: column.text,
  open_days: column.integer,
  available_half_days: column.integer,
  booked_half_days: column.integer,
  visits: column.integer,
  people: column.integer,
  administrations: column.integer,
  shared_days: column.integer,
});
export type MonthRow = z.output<typeof monthRow>;

/** Per site and calendar month of the scope: the open statistics' figures, and how many people. */
export function monthlyFigures(db: Queryable, scope: PeriodScope): Promise<MonthRow[]> {
  return queryRows(
    db,
    monthRow,
    `${periodCtes()},
     months AS (
       SELECT sd.site_id, to_char(sd.day, 'YYYY-MM') AS month,
              count(*) FILTER (WHERE sd.is_open)::int AS open_days,
              (count(*) FILTER (WHERE sd.is_open) * cap.active_desks * 2)::int AS available_half_days
       FROM site_days sd JOIN capacity cap ON cap.site_id = sd.site_id
       GROUP BY sd.site_id, month, cap.active_desks
     ),
     held AS (
       SELECT site_id, to_char(day, 'YYYY-MM') AS month,
              sum(morning_booked + afternoon_booked)::int AS booked_half_days
       FROM day_halves GROUP BY site_id, month
     ),
     month_visits AS (
       SELECT site_id, to_char(day, 'YYYY-MM') AS month, sum(visits)::int AS visits,
              count(*) FILTER (WHERE administrations >= 2)::int AS shared_days
       FROM day_facts GROUP BY site_id, month
     ),
     -- A month is read whole from one side: bookings or rollup.
     month_people AS (
       SELECT site_id, to_char(month, 'YYYY-MM') AS month, sum(people)::int AS people
       FROM site_month_facts GROUP BY site_id, month
     ),
     -- Likewise a row of administration facts is one administration in one month.
     month_organisations AS (
       SELECT site_id, to_char(month, 'YYYY-MM') AS month, count(*)::int AS administrations
       FROM organisation_month_facts WHERE organisation IS NOT NULL GROUP BY site_id, month
     )
     SELECT m.site_id, m.month, m.open_days, m.available_half_days,
            coalesce(held.booked_half_days, 0) AS booked_half_days,
            coalesce(month_visits.visits, 0) AS visits,
            coalesce(month_people.people, 0) AS people,
            coalesce(month_organisations.administrations, 0) AS administrations,
            coalesce(month_visits.shared_days, 0) AS shared_days
     FROM months m
     LEFT JOIN held USING (site_id, month)
     LEFT JOIN month_visits USING (site_id, month)
     LEFT JOIN month_people USING (site_id, month)
     LEFT JOIN month_organisations USING (site_id, month)
     ORDER BY m.month, m.site_id`,
    scopeParameters(scope),
  );
}

const analyticsSiteRow = z.object({
  id: column.id,
  name: column.text,
  holiday_region: holidayRegionSchema,
  analytics_show_names: column.boolean,
});
export type AnalyticsSite = z.output<typeof analyticsSiteRow>;

export function listAnalyticsSites(db: Queryable, siteId?: string): Promise<AnalyticsSite[]> {
  return queryRows(
    db,
    analyticsSiteRow,
    `SELECT id, name, holiday_region, analytics_show_names FROM sites
     WHERE $1::uuid IS NULL OR id = $1 ORDER BY name`,
    [siteId ?? null],
  );
}

/** Sets the switch; the value it had before (undefined: no such site). Locks the row first. */
export async function setAnalyticsShowNames(
  db: Queryable,
  siteId: string,
  showNames: boolean,
): Promise<boolean | undefined> {
  const [row] = await queryRows(
    db,
    z.object({ before: column.boolean }),
    `SELECT analytics_show_names AS before FROM sites WHERE id = $1 FOR UPDATE`,
    [siteId],
  );
  if (!row) return undefined;
  await queryAffectedCount(db, `UPDATE sites SET analytics_show_names = $2 WHERE id = $1`, [
    siteId,
    showNames,
  ]);
  return row.before;
}

const openDataSiteRow = z.object({
  id: column.id,
  name: column.text,
  address: column.text,
  description: column.text,
  access_info: column.text,
  timezone: column.text,
  weekly: z.array(
    z.object({ weekday: column.integer, opensAt: column.text, closesAt: column.text }),
  ),
  desks: column.integer,
  step_free: column.integer,
  screen: column.integer,
  standing: column.integer,
  quiet: column.integer,
  zones: z.array(column.text),
});
export type OpenDataSiteRow = z.output<typeof openDataSiteRow>;

/** Every site with its weekly hours and its active desks counted by attribute. */
export function listOpenDataSites(db: Queryable): Promise<OpenDataSiteRow[]> {
  return queryRows(
    db,
    openDataSiteRow,
    `SELECT s.id, s.name, s.address, s.description, s.access_info, s.timezone,
            coalesce((SELECT json_agg(json_build_object('weekday', w.weekday, 'opensAt', w.opens_at,
                                                        'closesAt', w.closes_at)
                                      ORDER BY w.weekday, w.opens_at)
                      FROM opening_hours w WHERE w.site_id = s.id), '[]') AS weekly,
            count(k.id)::int AS desks,
            count(k.id) FILTER (WHERE 'step_free' = ANY(k.attributes))::int AS step_free,
            count(k.id) FILTER (WHERE 'screen' = ANY(k.attributes))::int AS screen,
            count(k.id) FILTER (WHERE 'standing' = ANY(k.attributes))::int AS standing,
            count(k.id) FILTER (WHERE 'quiet' = ANY(k.attributes))::int AS quiet,
            coalesce(array_agg(DISTINCT k.zone) FILTER (WHERE k.id IS NOT NULL), '{}') AS zones
     FROM sites s LEFT JOIN desks k ON k.site_id = s.id AND k.is_active
     GROUP BY s.id ORDER BY s.name`,
  );
}

/** The last day of the last month rolled up, or null before the first rollup. */
export async function findRolledThrough(db: Queryable): Promise<string | null> {
  const [row] = await queryRows(
    db,
    z.object({ rolled_through: column.date }),
    `SELECT rolled_through FROM analytics_rollup_state`,
  );
  return row?.rolled_through ?? null;
}

/** The first day on which a booking exists, or null: where the first rollup starts. */
export async function findFirstBookingDay(db: Queryable): Promise<string | null> {
  const [row] = await queryRows(
    db,
    z.object({ day: column.date.nullable() }),
    `SELECT min(local_date) AS day FROM bookings`,
  );
  return row?.day ?? null;
}

/** Each rollup table, the facts CTE it stores, and the date column that places its rows. */
const rollupTables = [
  {
    table: 'analytics_site_days',
    facts: 'day_facts',
    at: 'day',
    columns: [
      'site_id',
      'day',
      'morning_booked',
      'afternoon_booked',
      'bookings',
      'ended_bookings',
      'no_shows',
      'visits',
      'administrations',
    ],
  },
  {
    table: 'analytics_organisation_months',
    facts: 'organisation_month_facts',
    at: 'month',
    columns: ['site_id', 'month', 'organisation', 'siret', 'label', 'visits', 'days'],
  },
  {
    table: 'analytics_desk_months',
    facts: 'desk_month_facts',
    at: 'month',
    columns: ['site_id', 'desk_id', 'month', 'booked_half_days'],
  },
  {
    table: 'analytics_visitor_months',
    facts: 'visitor_facts',
    at: 'month',
    columns: [
      'site_id',
      'month',
      'user_id',
      'organisations',
      'visit_days',
      'first_day',
      'last_day',
    ],
  },
  {
    table: 'analytics_site_months',
    facts: 'site_month_facts',
    at: 'month',
    columns: ['site_id', 'month', 'people'],
  },
] as const;

/**
 * Stores one whole month of every site of the scope (`from` its first day, `to` its last, no
 * rolled months) as its facts, replacing what an earlier run stored, and records it as rolled.
 * Run in one transaction: analytics read a month from the rollups only once it is complete.
 */
export async function rollUpMonth(db: Queryable, scope: PeriodScope): Promise<void> {
  for (const { table, facts, at, columns } of rollupTables) {
    await queryAffectedCount(
      db,
      `DELETE FROM ${table} WHERE site_id = ANY($1::uuid[]) AND ${at} BETWEEN $2 AND $3`,
      [scope.siteIds, scope.from, scope.to],
    );
    await db.query(
      `${periodCtes(true)} INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${columns.join(', ')} FROM ${facts}`,
      scopeParameters(scope),
    );
  }
  // The visitors' and administrations' days of the year: the month's bits cleared (an earlier
  // run's), rows left with none deleted, then the month's bits set anew.
  // The network's rows hold every site's days: the rollup's scope is every site.
  const monthDays = daysOfYearBetween('year', '$2::date', '$3::date');
  for (const [table, ofSites] of [
    ['analytics_visitor_years', 'site_id = ANY($1::uuid[])'],
    ['analytics_organisation_years', 'site_id = ANY($1::uuid[])'],
    ['analytics_network_visitor_years', '$1::uuid[] IS NOT NULL'],
  ] as const) {
    await queryAffectedCount(
      db,
      `UPDATE ${table} SET days = days & ~${monthDays}
       WHERE ${ofSites} AND year = date_part('year', $2::date)::int
         AND bit_count(days & ${monthDays}) > 0`,
      [scope.siteIds, scope.from, scope.to],
    );
    await queryAffectedCount(
      db,
      `DELETE FROM ${table}
       WHERE ${ofSites} AND year = date_part('year', $2::date)::int AND bit_count(days) = 0`,
      [scope.siteIds, scope.from],
    );
  }
  await db.query(
    `${periodCtes()} INSERT INTO analytics_visitor_years (site_id, year, user_id, days)
     SELECT site_id, year, user_id, days FROM visitor_day_facts
     ON CONFLICT (site_id, year, user_id)
       DO UPDATE SET days = analytics_visitor_years.days | excluded.days`,
    scopeParameters(scope),
  );
  await db.query(
    `${periodCtes()} INSERT INTO analytics_network_visitor_years (year, user_id, days)
     SELECT year, user_id, bit_or(days) FROM visitor_day_facts GROUP BY year, user_id
     ON CONFLICT (year, user_id)
       DO UPDATE SET days = analytics_network_visitor_years.days | excluded.days`,
    scopeParameters(scope),
  );
  // Only administrations known: the unknown ones count for none.
  await db.query(
    `${periodCtes()} INSERT INTO analytics_organisation_years (site_id, year, organisation, days)
     SELECT site_id, date_part('year', day)::int, organisation,
            bit_or(set_bit(${noDays}, day - make_date(date_part('year', day)::int, 1, 1), 1))
     FROM b_organisation_days WHERE organisation IS NOT NULL
     GROUP BY site_id, date_part('year', day), organisation
     ON CONFLICT (site_id, year, organisation)
       DO UPDATE SET days = analytics_organisation_years.days | excluded.days`,
    scopeParameters(scope),
  );
  await db.query(
    `INSERT INTO analytics_rollup_state (rolled_through, rolled_at) VALUES ($1, $2)
     ON CONFLICT (id) DO UPDATE
       SET rolled_through = greatest(analytics_rollup_state.rolled_through, excluded.rolled_through),
           rolled_at = excluded.rolled_at`,
    [scope.to, scope.now],
  );
}

/**
 * Retention: forgets who came before `day` — the visitors' days of the year before it cleared,
 * the rows left with none deleted (they counted nobody else). The number of rows changed.
 */
export async function eraseVisitorDaysBefore(db: Queryable, day: string): Promise<number> {
  let cleared = 0;
  for (const table of ['analytics_visitor_years', 'analytics_network_visitor_years']) {
    cleared += await queryAffectedCount(
      db,
      `UPDATE ${table}
       SET days = days & ${daysOfYearBetween('year', '$1::date', 'make_date(year, 12, 31)')}
       WHERE year <= date_part('year', $1::date)::int
         AND bit_count(days & ${daysOfYearBetween('year', 'make_date(year, 1, 1)', '$1::date - 1')}) > 0`,
      [day],
    );
    await queryAffectedCount(
      db,
      `DELETE FROM ${table}
       WHERE year <= date_part('year', $1::date)::int AND bit_count(days) = 0`,
      [day],
    );
  }
  return cleared;
}

const eventMonthRow = z.object({
  site_id: column.id,
  month: z.string(),
  events: column.integer,
  people: column.integer,
  registrations: column.integer,
  attendees: column.integer,
});
export type EventMonthRow = z.output<typeof eventMonthRow>;

/**
 * Per site and month (the event's day, site calendar): approved events over by `now`, the
 * in-person registrations to them (not the waiting list), those checked in at the door, and the
 * distinct people registered (the privacy threshold counts people, not registrations).
 */
export function monthlyEventFigures(
  db: Queryable,
  scope: { from: string; to: string; now: Date },
): Promise<EventMonthRow[]> {
  return queryRows(
    db,
    eventMonthRow,
    `SELECT e.site_id, to_char(e.local_date, 'YYYY-MM') AS month,
            count(DISTINCT e.id)::int AS events,
            count(DISTINCT r.user_id)::int AS people,
            count(r.id)::int AS registrations,
            count(r.checked_in_at)::int AS attendees
     FROM events e
     LEFT JOIN event_registrations r ON r.event_id = e.id AND ${expectedAtTheDoorSql}
     WHERE e.status = 'approved' AND e.local_date BETWEEN $1 AND $2 AND e.ends_at <= $3
     GROUP BY e.site_id, month
     ORDER BY e.site_id, month`,
    [scope.from, scope.to, scope.now],
  );
}
