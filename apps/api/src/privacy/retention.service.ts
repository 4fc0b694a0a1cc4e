import { unlink } from 'node:fs/promises';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { guestRetentionMonths, type RetentionPeriods } from '@admz/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { jobQueues } from '../jobs/job-queues';
import { purgeGuests } from '../guests/guest-queries';
import { JobsService } from '../jobs/jobs.service';
import { offlinePeriodRetentionHours } from '../kiosks/kiosks.service';
import { eraseVisitorDaysBefore } from '../analytics/analytics-queries';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryAffectedCount, queryRows } from '../database/typed-query';

/** What each purge erased or anonymised, by name: rows affected. */
export type RetentionReport = Record<RetentionPurgeName, number>;

export type RetentionPurgeName =
  | 'presenceTimes'
  | 'offlineScans'
  | 'bookingHolders'
  | 'analyticsVisitors'
  | 'waitlistEntries'
  | 'bookingSeries'
  | 'expiredSessions'
  | 'expiredLoginAttempts'
  | 'outboxMessages'
  | 'archivedJobs'
  | 'attemptCounters'
  | 'kioskOfflinePeriods'
  | 'guestPersonalData';

type RetentionPurge = { name: RetentionPurgeName; run: (now: Date) => Promise<number> };

/** Every day at 03:15 UTC: a quiet hour for every French timezone. */
export const retentionCron = '15 3 * * *';

/**
 * Personal data has a lifetime (RETENTION_* variables). A daily pg-boss cron — one schedule in
 * PostgreSQL, one job per day taken by one worker — runs the purges below. Each purge is a
 * single statement that re-checks its own condition, so even two runs at once (a retry, a
 * manual run) affect each row once: the job is a singleton and the work is idempotent.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(jobQueues.retentionPurge, async () => {
      await this.purge();
    });
    await this.jobs.schedule(jobQueues.retentionPurge, retentionCron);
  }

  /** This deployment's periods, as the « Données personnelles » page and exports state them. */
  getPeriods(): RetentionPeriods {
    return {
      presenceMonths: this.config.retention.presenceMonths,
      bookingsMonths: this.config.retention.bookingsMonths,
      sessionDays: this.config.sessionDays,
      expiredSessionsDays: this.config.retention.expiredSessionsDays,
      outboxDays: this.config.retention.outboxDays,
      jobsDays: this.config.retention.jobsDays,
    };
  }

  /** Runs every purge in order; a failing one is logged and does not stop the others. */
  async purge(now = this.clock.now()): Promise<RetentionReport> {
    const report = {} as RetentionReport;
    for (const purge of this.purges) {
      try {
        report[purge.name] = await purge.run(now);
      } catch (error) {
        this.logger.error(`purge ${purge.name} failed: ${(error as Error).message}`);
        report[purge.name] = 0;
      }
    }
    const done = Object.entries(report).filter(([, count]) => count > 0);
    if (done.length > 0) {
      this.logger.log(`purged ${done.map(([name, count]) => `${name}=${count}`).join(', ')}`);
    }
    return report;
  }

  /** The list of purges — a new table of personal data gets its line here. */
  private readonly purges: RetentionPurge[] = [
    {
      // Arrival, departure and release times, which kiosk scanned or which host marked: CNIL's 3 months for access logs.
      name: 'presenceTimes',
      run: (now) =>
        this.affected(
          `UPDATE bookings SET checked_in_at = NULL, checked_out_at = NULL, checked_in_kiosk_id = NULL,
                               mail_qr_used_at = NULL, released_at = NULL,
                               checked_in_by_user_id = NULL, checked_out_by_user_id = NULL
           WHERE ends_at < $1::timestamptz - make_interval(months => $2)
             AND (checked_in_at IS NOT NULL OR checked_out_at IS NOT NULL OR checked_in_kiosk_id IS NOT NULL
                  OR mail_qr_used_at IS NOT NULL OR released_at IS NOT NULL
                  OR checked_in_by_user_id IS NOT NULL OR checked_out_by_user_id IS NOT NULL)`,
          [now, this.config.retention.presenceMonths],
        ),
    },
    {
      name: 'offlineScans',
      run: (now) =>
        this.affected(
          `DELETE FROM offline_check_ins WHERE received_at < $1::timestamptz - make_interval(months => $2)`,
          [now, this.config.retention.presenceMonths],
        ),
    },
    {
      // Counts per site, day, slot and desk stay for statistics; nobody can tell who booked.
      name: 'bookingHolders',
      run: (now) =>
        this.affected(
          `UPDATE bookings SET user_id = NULL, series_id = NULL
           WHERE ends_at < $1::timestamptz - make_interval(months => $2)
             AND (user_id IS NOT NULL OR series_id IS NOT NULL)`,
          [now, this.config.retention.bookingsMonths],
        ),
    },
    {
      // The statistics' rolled-up months forget who came with the bookings: each row still counts one person.
      name: 'analyticsVisitors',
      run: async (now) =>
        (await this.affected(
          `UPDATE analytics_visitor_months SET user_id = NULL
           WHERE user_id IS NOT NULL
             AND last_day < ($1::timestamptz - make_interval(months => $2))::date - 1`,
          [now, this.config.retention.bookingsMonths],
        )) + (await this.eraseVisitorDays(now)),
    },
    {
      name: 'waitlistEntries',
      run: (now) =>
        this.affected(
          `DELETE FROM waitlist_entries WHERE ends_at < $1::timestamptz - make_interval(months => $2)`,
          [now, this.config.retention.bookingsMonths],
        ),
    },
    {
      // A day of margin: `until_date` is a site-local day.
      name: 'bookingSeries',
      run: (now) =>
        this.affected(
          `DELETE FROM booking_series s
           WHERE s.until_date < ($1::timestamptz - make_interval(months => $2))::date - 1
             AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.series_id = s.id)`,
          [now, this.config.retention.bookingsMonths],
        ),
    },
    {
      name: 'expiredSessions',
      run: (now) =>
        this.affected(
          `DELETE FROM sessions WHERE expires_at < $1::timestamptz - make_interval(days => $2)`,
          [now, this.config.retention.expiredSessionsDays],
        ),
    },
    {
      name: 'expiredLoginAttempts',
      run: (now) =>
        this.affected(
          `DELETE FROM login_attempts WHERE expires_at < $1::timestamptz - make_interval(days => $2)`,
          [now, this.config.retention.expiredSessionsDays],
        ),
    },
    {
      // The .eml copies (DATA_DIR/outbox/) go with their rows.
      name: 'outboxMessages',
      run: async (now) => {
        const rows = await queryRows(
          this.dataSource.manager,
          z.object({ eml_file: column.text.nullable() }),
          `DELETE FROM outbox_messages WHERE created_at < $1::timestamptz - make_interval(days => $2)
           RETURNING eml_file`,
          [now, this.config.retention.outboxDays],
        );
        await removeEmlFiles(rows.map((row) => row.eml_file));
        return rows.length;
      },
    },
    {
      // pg-boss deletes its archive after RETENTION_JOBS_DAYS too (deleteAfterDays); this holds without its maintenance.
      name: 'archivedJobs',
      run: (now) =>
        this.affected(
          `DELETE FROM pgboss.archive WHERE archived_on < $1::timestamptz - make_interval(days => $2)`,
          [now, this.config.retention.jobsDays],
        ),
    },
    {
      // Wrong-code and pairing counters hold hashed addresses: gone once their window ends.
      name: 'attemptCounters',
      run: (now) =>
        this.affected(`DELETE FROM attempt_counters WHERE expires_at <= $1::timestamptz`, [now]),
    },
    {
      // A kiosk's silences bound offline scan times, which are refused after 48 hours anyway.
      name: 'kioskOfflinePeriods',
      run: (now) =>
        this.affected(
          `DELETE FROM kiosk_offline_periods
           WHERE ended_at < $1::timestamptz - make_interval(hours => $2)`,
          [now, offlinePeriodRetentionHours],
        ),
    },
    {
      // Guests have no account: three months after the visit, AdmZ forgets who they were.
      name: 'guestPersonalData',
      run: (now) => purgeGuests(this.dataSource.manager, now, guestRetentionMonths),
    },
  ];

  /** The statistics' visitor years forget the same days as the visitor months above. */
  private async eraseVisitorDays(now: Date): Promise<number> {
    const [row] = await queryRows(
      this.dataSource.manager,
      z.object({ day: column.date }),
      `SELECT (($1::timestamptz - make_interval(months => $2))::date - 1) AS day`,
      [now, this.config.retention.bookingsMonths],
    );
    return row ? eraseVisitorDaysBefore(this.dataSource.manager, row.day) : 0;
  }

  private affected(sql: string, parameters: unknown[]): Promise<number> {
    return queryAffectedCount(this.dataSource.manager, sql, parameters);
  }
}

/** Deletes development .eml copies; a file already gone is fine. */
export async function removeEmlFiles(paths: (string | null)[]): Promise<void> {
  for (const path of paths) {
    if (!path?.endsWith('.eml')) continue;
    await unlink(path).catch(() => undefined);
  }
}
