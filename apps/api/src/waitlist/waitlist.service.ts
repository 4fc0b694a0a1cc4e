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
  defaultSiteRules,
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
import { isActiveBookingSql } from '../bookings/active-bookings';
import { describeConstraint, toHttpException } from '../database/database-errors';
import { Clock } from '../common/clock';

type EntryRow = {
  id: string;
  status: WaitlistEntryResponse['status'];
  site_id: string;
  site_name: string;
  site_timezone: string;
  local_date: string;
  slot: WaitlistEntryResponse['slot'];
  zone: string | null;
  starts_at: Date;
  created_at: Date;
  position: number | null;
  booking_id: string | null;
};

const entryColumns = `
  e.id, e.status, e.site_id, s.name AS site_name, s.timezone AS site_timezone, e.local_date,
  e.slot, e.zone, e.starts_at, e.created_at, e.booking_id,
  CASE WHEN e.status = 'waiting' THEN (
    SELECT count(*)::int FROM waitlist_entries o
    WHERE o.site_id = e.site_id AND o.local_date = e.local_date AND o.slot = e.slot
      AND o.status = 'waiting' AND (o.created_at, o.id) <= (e.created_at, e.id)
  ) END AS position`;

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

/**
 * The no-show sweep runs every minute, so a desk due for release at start + delay is released up
 * to a minute later: the list waits that long, and a minute more for the job that serves it.
 */
const releaseLagMinutes = 2;

/**
 * Until when a waiting entry may be served: its slot's start, plus the site's no-show delay and
 * the sweep's lag when no-shows are released (a released desk then goes to the list). SQL over
 * entry alias `e`.
 */
function servedUntil(alias: string): string {
  const byDefault = defaultSiteRules.noShowReleaseMinutes;
  return `${alias}.starts_at + make_interval(mins => coalesce((
    SELECT CASE WHEN r.site_id IS NULL THEN ${byDefault === null ? 0 : byDefault + releaseLagMinutes}
                WHEN r.no_show_release_minutes IS NULL THEN 0
                ELSE r.no_show_release_minutes + ${releaseLagMinutes} END
    FROM sites s LEFT JOIN site_rules r ON r.site_id = s.id WHERE s.id = ${alias}.site_id), 0))`;
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
      const [row]: { count: number }[] = await this.entries.query(
        `SELECT count(*)::int AS count FROM desks WHERE site_id = $1 AND zone = $2 AND is_active`,
        [site.id, zone],
      );
      if ((row?.count ?? 0) === 0) {
        throw new UnprocessableEntityException(`Le site ${site.name} n'a pas de zone « ${zone} ».`);
      }
    }
    const [held]: { label: string; site_name: string }[] = await this.entries.query(
      `SELECT d.label, s.name AS site_name FROM bookings b
       JOIN desks d ON d.id = b.desk_id JOIN sites s ON s.id = b.site_id
       WHERE b.user_id = $1 AND ${isActiveBookingSql('b')}
         AND b.starts_at < $3 AND b.ends_at > $2
       LIMIT 1`,
      [user.id, slot.startsAt, slot.endsAt],
    );
    if (held) {
      throw new ConflictException(
        describeConstraint('bookings_no_person_overlap', {
          heldDesk: { label: held.label, siteName: held.site_name },
        }),
      );
    }
    const freeDesks = await this.findFreeDesks(site.id, zone, slot.startsAt, slot.endsAt, user.id);
    if (freeDesks.length > 0) {
      throw new ConflictException('Un poste est libre sur ce créneau : réservez-le directement.');
    }
    let id: string;
    try {
      [{ id }] = await this.entries.query(
        `INSERT INTO waitlist_entries (site_id, user_id, local_date, slot, zone, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [site.id, user.id, input.date, slot.slot, zone, slot.startsAt, slot.endsAt],
      );
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
    return this.getEntryOf(user, id);
  }

  async listMyEntries(user: User): Promise<WaitlistEntryResponse[]> {
    const rows: EntryRow[] = await this.entries.query(
      `SELECT ${entryColumns} FROM waitlist_entries e JOIN sites s ON s.id = e.site_id
       WHERE e.user_id = $1 ORDER BY e.starts_at, e.created_at`,
      [user.id],
    );
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
      const [claimed]: [{ id: string }[], number] = await this.entries.query(
        `UPDATE waitlist_entries SET claimed_until = $3::timestamptz + make_interval(secs => $2)
         WHERE id = $1 AND status = 'waiting' AND (claimed_until IS NULL OR claimed_until < $3)
         RETURNING id`,
        [entry.id, claimSeconds, now],
      );
      if (claimed.length === 0) continue;
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
    const [, count]: [unknown, number] = await this.entries.query(
      `UPDATE waitlist_entries e SET status = 'expired', ended_at = $1
       WHERE e.status = 'waiting' AND ${servedUntil('e')} <= $1`,
      [now],
    );
    return count;
  }

  /** Books a free desk for the entry's person; null when none is free or they no longer need one. */
  private async promoteEntry(entry: WaitlistEntry, now: Date): Promise<string | null> {
    const user = await this.users.findOneBy({ id: entry.userId });
    if (!user) return null;
    const freeDesks = await this.findFreeDesks(
      entry.siteId,
      entry.zone,
      entry.startsAt,
      entry.endsAt,
      entry.userId,
    );
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
          if (await this.hasDeskDuring(entry)) {
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
      const [[finalized]]: [{ id: string }[], number] = await this.entries.query(
        `UPDATE waitlist_entries SET status = 'promoted', promoted_at = $3, booking_id = $2
         WHERE id = $1 AND status = 'waiting' RETURNING id`,
        [entry.id, bookingId, now],
      );
      if (!finalized) {
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

  private async hasDeskDuring(entry: WaitlistEntry): Promise<boolean> {
    const rows: unknown[] = await this.bookings.query(
      `SELECT 1 FROM bookings WHERE user_id = $1 AND ${isActiveBookingSql()}
       AND starts_at < $3 AND ends_at > $2 LIMIT 1`,
      [entry.userId, entry.startsAt, entry.endsAt],
    );
    return rows.length > 0;
  }

  /** Desks this person could book: active, of the zone, not held by someone else then, not assigned to another. */
  private findFreeDesks(
    siteId: string,
    zone: string | null,
    startsAt: Date,
    endsAt: Date,
    userId: string,
  ): Promise<{ id: string; label: string }[]> {
    return this.bookings.query(
      `SELECT d.id, d.label FROM desks d
       WHERE d.site_id = $1 AND d.is_active AND ($2::text IS NULL OR d.zone = $2)
         AND (d.assigned_user_id IS NULL OR d.assigned_user_id = $5)
         AND NOT EXISTS (
           SELECT 1 FROM bookings b WHERE b.desk_id = d.id AND ${isActiveBookingSql('b')}
             AND b.starts_at < $4 AND b.ends_at > $3)
       ORDER BY d.zone, d.label`,
      [siteId, zone, startsAt, endsAt, userId],
    );
  }

  private async getEntryOf(user: User, entryId: string): Promise<WaitlistEntryResponse> {
    const [row]: EntryRow[] = await this.entries.query(
      `SELECT ${entryColumns} FROM waitlist_entries e JOIN sites s ON s.id = e.site_id
       WHERE e.id = $1 AND e.user_id = $2`,
      [entryId, user.id],
    );
    if (!row) throw new NotFoundException("Cette inscription en liste d'attente n'existe pas.");
    return toWaitlistEntryResponse(row);
  }
}
