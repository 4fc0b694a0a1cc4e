import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { addDaysToIsoDate } from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { jobQueues } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import { addMonths, lastDayOfMonth, monthOf, periodScopeOf } from './analytics-period';
import {
  findFirstBookingDay,
  findRolledThrough,
  listAnalyticsSites,
  rollUpMonth,
} from './analytics-queries';

/**
 * A day is rolled up once this many days have passed since it (in UTC): every site's day has
 * ended (UTC+14 at most) and so has the kiosks' offline replay (scans older than 48 hours are
 * refused), so no booking of it changes any more.
 */
const settledAfterDays = 3;

/** Every night at 02:45 UTC, before the retention purge (03:15) erases last year's holders. */
export const analyticsRollupCron = '45 2 * * *';

/**
 * Rolls up every settled day: each month from its first day through its last settled one, its
 * figures stored as the facts the analytics read (`rollUpMonth`), so that a year of statistics
 * reads a few thousand rows and only the last few days from the bookings. The current month is
 * rolled again each night from its first day (its month-grain rows hold the month so far; they
 * are read only once the month is whole). Also run at start-up, which rolls up a database's past
 * at its first start. Months are rolled in order, each in its own transaction under a lock: two
 * processes never roll the same month.
 */
@Injectable()
export class AnalyticsRollupService implements OnModuleInit {
  private readonly logger = new Logger('AnalyticsRollup');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(jobQueues.analyticsRollup, async () => {
      await this.rollUp();
    });
    await this.jobs.schedule(jobQueues.analyticsRollup, analyticsRollupCron);
    // Processes starting together queue one run; a restart a minute later queues its own.
    await this.jobs.send(jobQueues.analyticsRollup, {}, { singletonKey: 'start-up' });
  }

  /** Rolls up every settled day not rolled yet; the months (`YYYY-MM`) rolled, whole or in part. */
  async rollUp(now = this.clock.now()): Promise<string[]> {
    const settled = addDaysToIsoDate(now.toISOString().slice(0, 10), -settledAfterDays);
    const rolled: string[] = [];
    for (;;) {
      const month = await this.dataSource.transaction(async (manager) => {
        // One roller at a time; the next month is read under the lock.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('admz.analytics-rollup'))`);
        const rolledThrough = await findRolledThrough(manager);
        const firstBookingDay = rolledThrough ? null : await findFirstBookingDay(manager);
        if (rolledThrough !== null && rolledThrough >= settled) return null;
        // After a whole month, the next; else the month rolled in part, again from its first day.
        const next = rolledThrough
          ? lastDayOfMonth(monthOf(rolledThrough)) === rolledThrough
            ? addMonths(monthOf(rolledThrough), 1)
            : monthOf(rolledThrough)
          : monthOf(firstBookingDay ?? settled);
        const sites = await listAnalyticsSites(manager);
        if (`${next}-01` > settled) return null;
        const lastDay = lastDayOfMonth(next);
        const period = { from: `${next}-01`, to: lastDay < settled ? lastDay : settled };
        await rollUpMonth(manager, periodScopeOf(sites, period, now, null));
        return next;
      });
      if (month === null) break;
      rolled.push(month);
    }
    if (rolled.length > 0) {
      // Each month rolled rewrites the rows of its year's visitors (their days): without a vacuum
      // the next reads wade through every version (a year rolled at once: 12 for each row).
      await this.dataSource.query(
        `VACUUM (ANALYZE) analytics_visitor_years, analytics_network_visitor_years,
                          analytics_organisation_years`,
      );
      this.logger.log(`rolled up ${rolled.join(', ')}`);
    }
    return rolled;
  }
}
