import { Injectable, type OnModuleInit } from '@nestjs/common';
import { visioLinkLeadMinutes } from '@admz/shared';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { jobQueues } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { markVisioLinksDue } from './registration-queries';

/**
 * The visio link shortly before the start: every five minutes, each remote registrant of an
 * approved event starting within `visioLinkLeadMinutes` (or started, not over) is mailed it once.
 */
@Injectable()
export class EventVisioLinksService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(jobQueues.eventVisioLinks, async () => {
      await this.sendVisioLinks();
    });
    await this.jobs.schedule(jobQueues.eventVisioLinks, '*/5 * * * *');
  }

  /** Marks and enqueues in one transaction: a second run, on any process, finds nothing left. */
  async sendVisioLinks(now = this.clock.now()): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const registrationIds = await markVisioLinksDue(manager, now, visioLinkLeadMinutes);
      for (const registrationId of registrationIds) {
        await this.notifications.enqueue({ kind: 'event-visio-link', registrationId }, manager);
      }
      return registrationIds;
    });
  }
}
