import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { bookingSlotSchema, defaultSiteRules } from '@admz/shared';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { BookingsService } from '../bookings/bookings.service';
import { siteLocalToInstant } from '../common/site-time';
import { jobQueues } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SitesService } from '../sites/sites.service';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';

/** A release found this long after the booking ended (the API was down) is not mailed about. */
const quietCatchUpMs = 24 * 3_600_000;

export type SweepOutcome = { releasedIds: string[]; checkedOutIds: string[] };

/**
 * What happens at the door without anyone at the door: bookings not checked in N minutes after
 * their start (site rule) are released, and people still in at closing time are checked out.
 * Each change is one conditional UPDATE … RETURNING, so with several API processes a booking
 * is released (and its holder told) exactly once.
 */
@Injectable()
export class AttendanceJobsService implements OnModuleInit {
  private readonly logger = new Logger('Attendance');

  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly bookingsService: BookingsService,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(jobQueues.attendanceSweep, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(jobQueues.attendanceSweep, '* * * * *');
    // Catch up at start-up rather than at the next minute (the API may have been down).
    // Processes starting together queue one run (the key holds while it waits); a process
    // restarted after an earlier start's run queues its own — not one per 30 s, which skipped
    // the catch-up of a restart within the slot of an earlier start.
    await this.jobs.send(jobQueues.attendanceSweep, {}, { singletonKey: 'start-up' });
  }

  async sweep(now = this.clock.now()): Promise<SweepOutcome> {
    const releasedIds = await this.releaseNoShows(now);
    const checkedOutIds = await this.checkOutAtClosing(now);
    return { releasedIds, checkedOutIds };
  }

  /** Status `absent`, desk free again, the waiting list served, the holder told. */
  async releaseNoShows(now = this.clock.now()): Promise<string[]> {
    const rows = await queryRows(
      this.bookings.manager,
      z.object({
        id: column.id,
        site_id: column.id,
        local_date: column.date,
        slot: bookingSlotSchema,
        ends_at: column.instant,
        minutes: column.integer,
      }),
      `WITH due AS (
         SELECT b.id, coalesce(r.no_show_release_minutes, $2) AS minutes
         FROM bookings b LEFT JOIN site_rules r ON r.site_id = b.site_id
         WHERE b.status = 'confirmed' AND b.starts_at <= $1
           AND (r.site_id IS NULL OR r.no_show_release_minutes IS NOT NULL)
           -- Booked after the start (late booking, waiting list): the delay runs from the booking.
           AND greatest(b.starts_at, b.created_at)
               + make_interval(mins => coalesce(r.no_show_release_minutes, $2)) <= $1
       )
       UPDATE bookings b SET status = 'absent', released_at = $1
       FROM due WHERE b.id = due.id AND b.status = 'confirmed'
       RETURNING b.id, b.site_id, b.local_date::text AS local_date, b.slot, b.ends_at, due.minutes`,
      [now, defaultSiteRules.noShowReleaseMinutes],
    );
    for (const row of rows) {
      if (row.ends_at > now) {
        await this.bookingsService.enqueueWaitlistPromotion({
          siteId: row.site_id,
          localDate: row.local_date,
          slot: row.slot,
        });
      }
      if (now.getTime() - row.ends_at.getTime() < quietCatchUpMs) {
        await this.notifications.bookingReleased(row.id, row.minutes);
      }
    }
    if (rows.length > 0) this.logger.log(`released ${rows.length} booking(s) without arrival`);
    return rows.map((row) => row.id);
  }

  /**
   * People still checked in when their site's day is over are checked out at the closing time
   * (or at the end of their booking, when it ran later with extended hours).
   */
  async checkOutAtClosing(now = this.clock.now()): Promise<string[]> {
    const days = await queryRows(
      this.bookings.manager,
      z.object({ site_id: column.id, local_date: column.date, timezone: column.text }),
      `SELECT DISTINCT b.site_id, b.local_date::text AS local_date, s.timezone
       FROM bookings b JOIN sites s ON s.id = b.site_id
       WHERE b.status = 'checked_in' AND b.ends_at <= $1`,
      [now],
    );
    const checkedOut: string[] = [];
    for (const day of days) {
      const { schedule } = await this.sites.loadSiteDay(day.site_id, day.local_date);
      const closesAt = schedule.isOpen
        ? siteLocalToInstant(day.local_date, schedule.hours.closesAt, day.timezone)
        : siteLocalToInstant(day.local_date, '00:00', day.timezone);
      const rows = await queryRows(
        this.bookings.manager,
        z.object({ id: column.id }),
        `UPDATE bookings SET status = 'checked_out', checked_out_at = greatest($3::timestamptz, ends_at)
         WHERE site_id = $1 AND local_date = $2 AND status = 'checked_in'
           AND greatest($3::timestamptz, ends_at) <= $4
         RETURNING id`,
        [day.site_id, day.local_date, closesAt, now],
      );
      checkedOut.push(...rows.map((row) => row.id));
    }
    return checkedOut;
  }
}
