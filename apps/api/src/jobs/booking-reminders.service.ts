import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { APP_CONFIG, type AppConfig } from '../config';
import { NotificationsService } from '../notifications/notifications.service';
import { jobQueues } from './job-queues';
import { JobsService } from './jobs.service';
import { Clock } from '../common/clock';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';

/**
 * The reminder the day before: an hourly pg-boss cron; from REMINDER_HOUR on the site's clock,
 * each confirmed booking of the site's tomorrow is reminded once (`reminded_at`).
 */
@Injectable()
export class BookingRemindersService implements OnModuleInit {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(jobQueues.bookingReminders, async () => {
      await this.sendDayBeforeReminders();
    });
    await this.jobs.schedule(jobQueues.bookingReminders, '0 * * * *');
  }

  /**
   * Marks, and enqueues the mails, in one transaction: a second run or another process finds
   * nothing left to send, and a crash leaves either both or neither.
   */
  async sendDayBeforeReminders(now = this.clock.now()): Promise<string[]> {
    return this.bookings.manager.transaction(async (manager) => {
      const rows = await queryRows(
        manager,
        z.object({ id: column.id }),
        `UPDATE bookings b SET reminded_at = $1
         FROM sites s
         WHERE s.id = b.site_id AND b.status = 'confirmed' AND b.reminded_at IS NULL
           AND b.local_date = ($1::timestamptz AT TIME ZONE s.timezone)::date + 1
           AND extract(hour FROM $1::timestamptz AT TIME ZONE s.timezone) >= $2
         RETURNING b.id`,
        [now, this.config.reminderHour],
      );
      for (const { id } of rows) await this.notifications.bookingReminder(id, manager);
      return rows.map((row) => row.id);
    });
  }
}
