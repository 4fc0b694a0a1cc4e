import {
  ConflictException,
  HttpException,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  slotLabels,
  type JoinWaitlist,
  type WaitlistEntry as WaitlistEntryResponse,
} from '@admz/shared';
import { Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { BookingsService } from '../bookings/bookings.service';
import { jobQueues, type WaitlistPromoteJob } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { SitesService } from '../sites/sites.service';
import { User } from '../users/user.entity';
import { WaitlistEntry } from './waitlist-entry.entity';
import { describeConstraint, toHttpException } from '../database/database-errors';
import { Clock } from '../common/clock';
import type { Queryable } from '../database/typed-query';
import {
  claimEntry,
  countActiveDesksInZone,
  expireStartedEntries,
  findDeskHeldDuring,
  findEntryOf,
  findFreeDesks,
  hasDeskDuring,
  insertEntry,
  listEntriesOf,
  markPromoted,
  servedUntil,
  type EntryRow,
} from './waitlist-queries';

function toWaitlistEntryResponse(row: EntryRow): WaitlistEntryResponse {
  return {
    id: row.id,
    status: row.status,
    site: { id: row.site_id, name: row.site_name, timezone: row.site_timezone },
    date: row.local_date,
    slot: row.slot,
    zone: row.zone,
    startsAt: row.starts_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    position: row.position,
    promotedBookingId: row.booking_id,
  };
}

/** How long a worker may hold an entry while it books for the person (a crash frees it then). */
const claimSeconds = 120;

@Injectable()
export class WaitlistService implements OnModuleInit {
  private readonly logger = new Logger('Waitlist');

  constructor(
    @InjectRepository(WaitlistEntry) private readonly entries: Repository<WaitlistEntry>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly bookingsService: BookingsService,
    private readonly sites: SitesService,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** Where the waiting list's SQL runs (waitlist-queries.ts). */
  private get db(): Queryable {
    return this.entries.manager;
  }

  async onModuleInit(): Promise<void> {
    await this.jobs.work<WaitlistPromoteJob>(jobQueues.waitlistPromote, async (job) => {
      await this.promoteWaiting(job);
    });
    await this.jobs.work(jobQueues.waitlistExpire, async () => {
      await this.expireStartedEntries();
    });
    await this.jobs.schedule(jobQueues.waitlistExpire, '* * * * *');
  }

  async joinWaitlist(
    user: User,
    input: JoinWaitlist,
    now = this.clock.now(),
  ): Promise<WaitlistEntryResponse> {
    const { site, schedule } = await this.sites.loadSiteDay(input.siteId, input.date);
    if (!schedule.isOpen) throw new UnprocessableEntityException(schedule.closedReason);
    const slot = schedule.slots.find((candidate) => candidate.slot === input.slot);
    if (!slot) {
      throw new UnprocessableEntityException(
        `Le créneau « ${slotLabels[input.slot]} » est en dehors des horaires d'ouverture ce jour-là.`,
      );
    }
    if (slot.startsAt <= now) {
      throw new UnprocessableEntityException(
        "Ce créneau a déjà commencé : sa liste d'attente est close.",
      );
    }
    const zone = input.zone ?? null;
    if (zone !== null) {
      if ((await countActiveDesksInZone(this.db, site.id, zone)) === 0) {
        throw new UnprocessableEntityException(`Le site ${site.name} n'a pas de zone « ${zone} ».`);
      }
    }
    const held = await findDeskHeldDuring(this.db, user.id, slot.startsAt, slot.endsAt);
    if (held) {
      throw new ConflictException(
        describeConstraint('bookings_no_person_overlap', { heldDesk: held }),
      );
    }
    const freeDesks = await findFreeDesks(this.db, {
      siteId: site.id,
      zone,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      userId: user.id,
    });
    if (freeDesks.length > 0) {
      throw new ConflictException('Un poste est libre sur ce créneau : réservez-le directement.');
    }
    let id: string;
    try {
      id = await insertEntry(this.db, {
        siteId: site.id,
        userId: user.id,
        localDate: input.date,
        slot: slot.slot,
        zone,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
      });
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
    return this.getEntryOf(user, id);
  }

  async listMyEntries(user: User): Promise<WaitlistEntryResponse[]> {
    const rows = await listEntriesOf(this.db, user.id);
    return rows.map(toWaitlistEntryResponse);
  }

  async leaveWaitlist(
    user: User,
    entryId: string,
    now = this.clock.now(),
  ): Promise<WaitlistEntryResponse> {
    const entry = await this.getEntryOf(user, entryId);
    if (entry.status === 'cancelled') return entry;
    if (entry.status === 'promoted') {
      throw new ConflictException(
        "Un poste vous a déjà été attribué sur ce créneau : annulez la réservation si vous n'en avez plus besoin.",
      );
    }
    if (entry.status === 'expired') {
      throw new ConflictException("Ce créneau a commencé : sa liste d'attente est close.");
    }
    await this.entries.update(
      { id: entryId, userId: user.id, status: 'waiting' },
      { status: 'cancelled', endedAt: now },
    );
    const after = await this.getEntryOf(user, entryId);
    if (after.status === 'promoted') {
      throw new ConflictException(
        "Un poste vient de vous être attribué sur ce créneau : annulez la réservation si vous n'en avez plus besoin.",
      );
    }
    return after;
  }

  /**
   * A desk may have freed up on this site and day: serves the waiting entries in the order they
   * came, each with a free desk (of its zone) if there is one. Safe with several workers: an
   * entry is claimed before booking, and the exclusion constraints refuse a desk given twice.
   * Returns the bookings made.
   */
  async promoteWaiting(
    { siteId, date }: WaitlistPromoteJob,
    now = this.clock.now(),
  ): Promise<string[]> {
    const waiting: WaitlistEntry[] = await this.entries
      .createQueryBuilder('e')
      .where(`e.site_id = :siteId AND e.local_date = :date AND e.status = 'waiting'`, {
        siteId,
        date,
      })
      .andWhere(`${servedUntil('e')} > :now`, { now })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
    const promoted: string[] = [];
    for (const entry of waiting) {
      if (!(await claimEntry(this.db, entry.id, claimSeconds, now))) continue;
      try {
        const bookingId = await this.promoteEntry(entry, now);
        if (bookingId) promoted.push(bookingId);
      } finally {
        await this.entries.update({ id: entry.id }, { claimedUntil: null });
      }
    }
    return promoted;
  }

  /**
   * Waiting entries expire when their slot starts — or, where no-shows are released, once the
   * last release of the slot has passed (until then a released desk may still serve them).
   */
  async expireStartedEntries(now = this.clock.now()): Promise<number> {
    return expireStartedEntries(this.db, now);
  }

  /** Books a free desk for the entry's person; null when none is free or they no longer need one. */
  private async promoteEntry(entry: WaitlistEntry, now: Date): Promise<string | null> {
    const user = await this.users.findOneBy({ id: entry.userId });
    if (!user) return null;
    const freeDesks = await findFreeDesks(this.db, entry);
    for (const desk of freeDesks) {
      let bookingId: string;
      try {
        ({ id: bookingId } = await this.bookingsService.createBooking(
          user,
          { siteId: entry.siteId, deskId: desk.id, date: entry.localDate, slot: entry.slot },
          // The person gets the « poste attribué » mail below, not a second confirmation.
          { notify: false, now },
        ));
      } catch (error) {
        if (error instanceof ConflictException) {
          // Either another worker took this desk (try the next one), or the person booked elsewhere.
          if (await hasDeskDuring(this.db, entry.userId, entry.startsAt, entry.endsAt)) {
            await this.entries.update(
              { id: entry.id, status: 'waiting' },
              { status: 'cancelled', endedAt: now },
            );
            return null;
          }
          continue;
        }
        if (error instanceof HttpException && error.getStatus() < 500) {
          // Closed meanwhile, slot passed…: nobody can be served now; the entry keeps waiting.
          this.logger.warn(`waitlist ${entry.id} not served: ${error.message}`);
          return null;
        }
        throw error;
      }
      if (!(await markPromoted(this.db, entry.id, bookingId, now))) {
        // The person left the list while we booked: give the desk back.
        await this.bookings.update(
          { id: bookingId, status: 'confirmed' },
          { status: 'cancelled', cancelledAt: now },
        );
        return null;
      }
      try {
        await this.notifications.waitlistPromoted(bookingId);
      } catch (error) {
        this.logger.error(`waitlistPromoted ${bookingId} failed: ${(error as Error).message}`);
      }
      return bookingId;
    }
    return null;
  }

  private async getEntryOf(user: User, entryId: string): Promise<WaitlistEntryResponse> {
    const row = await findEntryOf(this.db, user.id, entryId);
    if (!row) throw new NotFoundException("Cette inscription en liste d'attente n'existe pas.");
    return toWaitlistEntryResponse(row);
  }
}
