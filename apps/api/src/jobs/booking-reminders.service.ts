import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { APP_CONFIG, type AppConfig } from '../config';
import { NotificationsService } from '../notifications/notifications.service';
import { jobQueues } from './job-queues';
import { JobsService } from './jobs.service';
import { Clock } from '../common/clock';

/**
 * The reminder the day before: an hourly pg-boss cron; from REMINDER_HOUR on the site's clock,
 * each confirmed booking of the site's tomorrow is reminded once (`reminded_at`).
 */
@Injectable()
export class BookingRemindersService implements OnModuleInit {
  private readonly logger = new Logger('BookingReminders');

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

  /** Marks, then notifies: a second run or another process finds nothing left to send. */
  async sendDayBeforeReminders(now = this.clock.now()): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await this.bookings.query(
      `UPDATE bookings b SET reminded_at = $1
       FROM sites s
       WHERE s.id = b.site_id AND b.status = 'confirmed' AND b.reminded_at IS NULL
         AND b.local_date = ($1::timestamptz AT TIME ZONE s.timezone)::date + 1
         AND extract(hour FROM $1::timestamptz AT TIME ZONE s.timezone) >= $2
       RETURNING b.id`,
      [now, this.config.reminderHour],
    );
    for (const { id } of rows) {
      try {
        await this.notifications.bookingReminder(id);
      } catch (error) {
        this.logger.error(`reminder for ${id} failed: ${(error as Error).message}`);
      }
    }
    return rows.map((row) => row.id);
  }
}
