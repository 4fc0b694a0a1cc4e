import { Injectable } from '@nestjs/common';
import type { AvailabilityDay, AvailabilityView } from '../bookings/availability';
import { DatabaseNoticesService } from '../database/database-notices.service';
import type { SiteDayRow, SitePlaces } from '../sites/site-day-queries';
import { AvailabilityCache, parseAvailabilityNotice, type CacheTicket } from './availability-cache';

/**
 * The process's availability cache, kept true by the `admz_availability` NOTIFY channel (see the
 * `admz_notify_availability` trigger): a change committed by any process, or in SQL, empties
 * what it touches in every process. Without a listening connection nothing is cached.
 */
@Injectable()
export class AvailabilityCacheService {
  readonly cache = new AvailabilityCache<
    AvailabilityDay,
    AvailabilityView,
    SiteDayRow,
    SitePlaces
  >();

  constructor(private readonly notices: DatabaseNoticesService) {
    notices.subscribe('admz_availability', {
      receive: (payload) => this.cache.receive(parseAvailabilityNotice(payload)),
      clear: () => this.cache.clear(),
    });
  }

  /**
   * A ticket once every notice committed before this call has been received, or null when the
   * cache cannot be trusted (no listener): then the caller reads the database. `hasHeardAlready`:
   * the request waited for those notices when its session was looked up.
   */
  async ticketAfterCommittedChanges(hasHeardAlready = false): Promise<CacheTicket | null> {
    return (await this.notices.afterCommittedChanges(hasHeardAlready)) ? this.cache.ticket() : null;
  }
}
