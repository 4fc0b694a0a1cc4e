import { randomInt } from 'node:crypto';
import {
  ConflictException,
  HttpException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  shortCodeAlphabet,
  shortCodeLength,
  type Availability,
  type AvailabilitySummary,
  type Booking as BookingResponse,
  type BookingPass,
  type BookingStatus,
  type CreateBooking,
  type PersonPass,
  type DeskSlotState,
  type Presence,
  type Slot,
  activeBookingStatuses,
} from '@admz/shared';
import QRCode from 'qrcode';
import { DataSource, In, LessThan, MoreThan, Not, Repository, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { QrTokensService, bookingTokenInput } from '../check-ins/qr-tokens.service';
import { siteToday } from '../common/site-time';
import { Desk } from '../sites/desk.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { jobQueues, type WaitlistPromoteJob } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import type { Site } from '../sites/site.entity';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import { Booking } from './booking.entity';
import {
  countBookingsInWeek,
  findCancellationRefusal,
  findRuleRefusal,
  findWeeklyCapRefusal,
  resolveRequestedSlot,
} from './booking-rules';
import { onlyRow } from '../database/rows';
import { isActiveBookingSql } from './active-bookings';
import { constraintOf, toHttpException } from '../database/database-errors';
import { Clock } from '../common/clock';

/** Bookings that have no QR code to show, and why. */
const passRefusals: Partial<Record<BookingStatus, string>> = {
  cancelled: 'Cette réservation est annulée.',
  checked_out: 'Vous avez déjà enregistré votre départ pour cette réservation.',
  absent: 'Cette réservation a été libérée : vous n’étiez pas arrivé·e à temps.',
};

function toQrSvg(token: string): Promise<string> {
  return QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
const allSlots: Slot[] = ['morning', 'afternoon', 'day'];

export function toBookingResponse(booking: Booking): BookingResponse {
  const { site, desk } = booking;
  if (!site || !desk) throw new Error('toBookingResponse needs the site and desk relations');
  return {
    id: booking.id,
    status: booking.status,
    slot: booking.slot,
    date: booking.localDate,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    createdAt: booking.createdAt.toISOString(),
    cancelledAt: booking.cancelledAt?.toISOString() ?? null,
    checkedInAt: booking.checkedInAt?.toISOString() ?? null,
    checkedOutAt: booking.checkedOutAt?.toISOString() ?? null,
    releasedAt: booking.releasedAt?.toISOString() ?? null,
    site: { id: site.id, name: site.name, timezone: site.timezone },
    desk: { id: desk.id, label: desk.label, zone: desk.zone },
    seriesId: booking.seriesId ?? null,
  };
}

export function generateShortCode(): string {
  let code = '';
  for (let index = 0; index < shortCodeLength; index += 1) {
    code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  }
  return code;
}

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

@Injectable()
export class BookingsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Desk) private readonly desks: Repository<Desk>,
    private readonly sites: SitesService,
    private readonly qrTokens: QrTokensService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * `notify: false` when the caller tells the person itself (waitlist promotion) or books
   * many dates at once (a series).
   */
  async createBooking(
    user: User,
    input: CreateBooking,
    { notify = true, now = this.clock.now() }: { notify?: boolean; now?: Date } = {},
  ): Promise<BookingResponse> {
    const { site, desk, schedule, rules } = await this.sites.loadSiteDay(
      input.siteId,
      input.date,
      input.deskId,
      user.id,
    );
    if (!desk) throw new NotFoundException("Ce poste n'existe pas.");
    if (desk.siteId !== site.id) {
      throw new UnprocessableEntityException(
        `Le poste ${desk.label} n'appartient pas au site ${site.name}.`,
      );
    }
    if (!desk.isActive) {
      throw new UnprocessableEntityException(
        `Le poste ${desk.label} n'est pas ouvert à la réservation.`,
      );
    }
    if (!schedule.isOpen) throw new UnprocessableEntityException(schedule.closedReason);
    const ruleRefusal = findRuleRefusal({
      rules,
      date: input.date,
      today: siteToday(site.timezone, now),
      slot: input.slot,
      userId: user.id,
      deskAssignedUserId: desk.assignedUserId,
      deskZone: desk.zone,
      bookingsThisWeek:
        rules.maxBookingsPerWeek === null
          ? 0
          : await countBookingsInWeek(
              (sql, parameters) => this.bookings.query(sql, parameters),
              site.id,
              user.id,
              input.date,
            ),
    });
    if (ruleRefusal) throw new UnprocessableEntityException(ruleRefusal);
    const slot = resolveRequestedSlot(schedule, input, site.timezone, site.extendedClosesAt);
    if (slot.endsAt <= now) throw new UnprocessableEntityException('Ce créneau est déjà passé.');

    // Insert first: the exclusion constraints decide, and a conflict is explained afterwards.
    const booking = this.bookings.create({
      siteId: site.id,
      deskId: desk.id,
      userId: user.id,
      slot: slot.slot,
      localDate: input.date,
      startsAt: slot.startsAt,
      endsAt: slot.endsAt,
      status: 'confirmed',
      cancelledAt: null,
      checkedInAt: null,
      checkedInKioskId: null,
      site,
      desk,
    });
    try {
      await this.insertBooking(booking, user.id, rules.maxBookingsPerWeek);
    } catch (error) {
      throw (await this.explainConflict(error, user, booking)) ?? error;
    }
    if (notify)
      await this.notifications.enqueue({ kind: 'booking-confirmed', bookingId: booking.id });
    return toBookingResponse(booking);
  }

  async listMyBookings(user: User): Promise<BookingResponse[]> {
    const bookings = await this.bookings.find({
      where: { userId: user.id },
      relations: { site: true, desk: true },
      order: { startsAt: 'ASC' },
    });
    return bookings.map(toBookingResponse);
  }

  async cancelBooking(
    user: User,
    bookingId: string,
    now = this.clock.now(),
  ): Promise<BookingResponse> {
    const booking = await this.findBookingOf(user, bookingId);
    if (booking.status === 'cancelled') return toBookingResponse(booking);
    if (booking.status === 'checked_in' || booking.status === 'checked_out') {
      throw new ConflictException(
        'Vous êtes déjà arrivé·e : cette réservation ne peut plus être annulée.',
      );
    }
    if (booking.status === 'absent') {
      throw new ConflictException(
        'Cette réservation a déjà été libérée : vous n’étiez pas arrivé·e à temps.',
      );
    }
    if (booking.endsAt <= now)
      throw new UnprocessableEntityException('Cette réservation est terminée.');
    const { rules } = await this.sites.loadSiteDay(booking.siteId, booking.localDate);
    const cancellationRefusal = findCancellationRefusal(rules, booking.startsAt, now);
    if (cancellationRefusal) throw new UnprocessableEntityException(cancellationRefusal);
    await this.cancelConfirmed(booking, now, { isHolderNotified: true });
    return toBookingResponse(await this.findBookingOf(user, bookingId));
  }

  /**
   * The holder is deleting their account: a booking not yet over is cancelled whatever the
   * site's cancellation deadline (nobody will come), and its waiting list served. No mail: the
   * person is leaving. False when it was no longer confirmed.
   */
  async cancelForDepartingHolder(
    booking: Pick<Booking, 'id' | 'siteId' | 'localDate' | 'slot'>,
    now = this.clock.now(),
  ): Promise<boolean> {
    return this.cancelConfirmed(booking, now, { isHolderNotified: false });
  }

  /** The one cancellation step: conditional, so a booking is cancelled (and its desk offered) once. */
  private async cancelConfirmed(
    booking: Pick<Booking, 'id' | 'siteId' | 'localDate' | 'slot'>,
    now: Date,
    { isHolderNotified }: { isHolderNotified: boolean },
  ): Promise<boolean> {
    const updated = await this.bookings.update(
      { id: booking.id, status: 'confirmed' },
      { status: 'cancelled', cancelledAt: now },
    );
    if (updated.affected !== 1) return false;
    if (isHolderNotified) {
      await this.notifications.enqueue({ kind: 'booking-cancelled', bookingId: booking.id });
    }
    await this.enqueueWaitlistPromotion(booking);
    return true;
  }

  /** The web app's QR code: a token renewed every 30 s, so a screenshot soon stops working. */
  async getBookingPass(
    user: User,
    bookingId: string,
    now = this.clock.now(),
  ): Promise<BookingPass> {
    const booking = await this.findBookingOf(user, bookingId);
    const refusal = passRefusals[booking.status];
    if (refusal) throw new UnprocessableEntityException(refusal);
    if (booking.endsAt <= now)
      throw new UnprocessableEntityException('Cette réservation est terminée.');
    const claims = bookingTokenInput({ ...booking, user }, this.config.checkInOpensMinutesBefore);
    const issued = await this.qrTokens.signRotating(claims, now);
    return {
      bookingId: booking.id,
      token: issued.token,
      shortCode: booking.shortCode,
      qrSvg: await toQrSvg(issued.token),
      validFrom: claims.validFrom.toISOString(),
      validUntil: claims.validUntil.toISOString(),
      expiresAt: issued.expiresAt.toISOString(),
      refreshAfter: issued.refreshAfter.toISOString(),
    };
  }

  /** A person's own pass: at a kiosk, it finds their booking, or offers a free desk. */
  async getPersonPass(user: User, now = this.clock.now()): Promise<PersonPass> {
    const issued = await this.qrTokens.signPerson(user.id, user.givenName, now);
    return {
      token: issued.token,
      qrSvg: await toQrSvg(issued.token),
      expiresAt: issued.expiresAt.toISOString(),
      refreshAfter: issued.refreshAfter.toISOString(),
    };
  }

  async getAvailability(
    user: User,
    siteId: string,
    date: string,
    now = this.clock.now(),
  ): Promise<Availability> {
    const [{ site, schedule, rules }, desks, bookings] = await Promise.all([
      this.sites.loadSiteDay(siteId, date, null, user.id),
      this.desks.query(
        `SELECT id, label, zone, attributes, plan_x AS "planX", plan_y AS "planY",
                assigned_user_id AS "assignedUserId"
         FROM desks WHERE site_id = $1 AND is_active ORDER BY zone, label`,
        [siteId],
      ) as Promise<
        Pick<Desk, 'id' | 'label' | 'zone' | 'attributes' | 'planX' | 'planY' | 'assignedUserId'>[]
      >,
      this.bookings.query(
        `SELECT desk_id AS "deskId", user_id AS "userId", starts_at AS "startsAt", ends_at AS "endsAt"
         FROM bookings WHERE site_id = $1 AND local_date = $2 AND ${isActiveBookingSql()}`,
        [siteId, date],
      ) as Promise<Pick<Booking, 'deskId' | 'userId' | 'startsAt' | 'endsAt'>[]>,
    ]);
    // Slots the site's rules keep this person from booking show as unavailable.
    const bookingsThisWeek =
      rules.maxBookingsPerWeek === null
        ? 0
        : await countBookingsInWeek(
            (sql, parameters) => this.bookings.query(sql, parameters),
            siteId,
            user.id,
            date,
          );
    // Computed once: formatting a date in a timezone is costly, and this runs per desk and slot.
    const today = siteToday(site.timezone, now);
    const isRefusedByRules = (slot: Slot, deskAssignedUserId: string | null) =>
      findRuleRefusal({
        rules,
        date,
        today,
        slot,
        userId: user.id,
        deskAssignedUserId,
        bookingsThisWeek,
      }) !== null;
    const bookingsByDesk = new Map<string, typeof bookings>();
    for (const booking of bookings) {
      bookingsByDesk.set(booking.deskId, [...(bookingsByDesk.get(booking.deskId) ?? []), booking]);
    }
    return {
      siteId,
      date,
      timezone: site.timezone,
      isOpen: schedule.isOpen,
      closedReason: schedule.closedReason,
      slots: schedule.slots.map((slot) => ({
        slot: slot.slot,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        localStart: slot.localStart,
        localEnd: slot.localEnd,
        isPast: slot.endsAt <= now,
      })),
      desks: desks.map((desk) => {
        const deskBookings = bookingsByDesk.get(desk.id) ?? [];
        const states = Object.fromEntries(
          allSlots.map((slotName): [Slot, DeskSlotState] => {
            const slot = schedule.slots.find((candidate) => candidate.slot === slotName);
            if (!slot) return [slotName, 'unavailable'];
            const holders = deskBookings.filter((booking) => overlaps(booking, slot));
            if (holders.some((booking) => booking.userId === user.id)) return [slotName, 'mine'];
            if (holders.length > 0) return [slotName, 'taken'];
            if (isRefusedByRules(slotName, desk.assignedUserId)) return [slotName, 'unavailable'];
            return [slotName, slot.endsAt <= now ? 'unavailable' : 'free'];
          }),
        ) as Record<Slot, DeskSlotState>;
        return {
          id: desk.id,
          label: desk.label,
          zone: desk.zone,
          attributes: desk.attributes,
          planPosition:
            desk.planX === null || desk.planY === null ? null : { x: desk.planX, y: desk.planY },
          states,
        };
      }),
    };
  }

  /** Free desks per day and slot over a range, for the calendar: one query for all bookings. */
  async getAvailabilitySummary(
    user: User,
    siteId: string,
    from: string,
    to: string,
    now = this.clock.now(),
  ): Promise<AvailabilitySummary> {
    const dates = eachDate(from, to);
    const [{ site, days }, deskCounts] = await Promise.all([
      this.sites.loadSiteDays(siteId, dates, user.id),
      this.desks.query(
        `SELECT count(*)::int AS count FROM desks WHERE site_id = $1 AND is_active`,
        [siteId],
      ) as Promise<{ count: number }[]>,
    ]);
    const deskCount = onlyRow(deskCounts, 'desk count').count;
    const windows = days.flatMap(({ date, schedule }) =>
      schedule.slots.map((slot) => ({ date, ...slot })),
    );
    const usage: { date: string; slot: Slot; taken: number; my_booking_id: string | null }[] =
      windows.length === 0
        ? []
        : await this.bookings.query(
            `SELECT w.date::text AS date, w.slot, count(DISTINCT b.desk_id)::int AS taken,
                    (array_agg(b.id::text) FILTER (WHERE b.user_id = $2))[1] AS my_booking_id
             FROM unnest($3::date[], $4::text[], $5::timestamptz[], $6::timestamptz[]) AS w(date, slot, starts_at, ends_at)
             JOIN bookings b ON b.site_id = $1 AND b.local_date = w.date
              AND ${isActiveBookingSql('b')}
              AND b.starts_at < w.ends_at AND b.ends_at > w.starts_at
             JOIN desks d ON d.id = b.desk_id AND d.is_active
             GROUP BY w.date, w.slot`,
            [
              siteId,
              user.id,
              windows.map((window) => window.date),
              windows.map((window) => window.slot),
              windows.map((window) => window.startsAt),
              windows.map((window) => window.endsAt),
            ],
          );
    const usageByKey = new Map(usage.map((row) => [`${row.date}/${row.slot}`, row]));
    return {
      siteId,
      timezone: site.timezone,
      deskCount,
      days: days.map(({ date, schedule }) => ({
        date,
        isOpen: schedule.isOpen,
        closedReason: schedule.closedReason,
        slots: schedule.slots.map((slot) => {
          const used = usageByKey.get(`${date}/${slot.slot}`);
          return {
            slot: slot.slot,
            startsAt: slot.startsAt.toISOString(),
            endsAt: slot.endsAt.toISOString(),
            localStart: slot.localStart,
            localEnd: slot.localEnd,
            isPast: slot.endsAt <= now,
            freeDeskCount: Math.max(0, deskCount - (used?.taken ?? 0)),
            myBookingId: used?.my_booking_id ?? null,
          };
        }),
      })),
    };
  }

  async getPresence(siteId: string, date: string | undefined): Promise<Presence> {
    const site = await this.sites.getSite(siteId);
    const day = date ?? siteToday(site.timezone, this.clock.now());
    const bookings = await this.bookings.find({
      where: { siteId, localDate: day, status: Not('cancelled') },
      relations: { user: true, desk: true },
      order: { startsAt: 'ASC' },
    });
    bookings.sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() || a.desk!.label.localeCompare(b.desk!.label),
    );
    return {
      siteId,
      date: day,
      entries: bookings.map((booking) => ({
        bookingId: booking.id,
        person: booking.user
          ? {
              givenName: booking.user.givenName,
              usualName: booking.user.usualName,
              organizationLabel: booking.user.organizationLabel,
            }
          : null,
        desk: { label: booking.desk!.label, zone: booking.desk!.zone },
        slot: booking.slot,
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        status: booking.status,
        // From the status too: arrival times are erased after the presence retention period.
        hasArrived:
          booking.checkedInAt !== null ||
          booking.status === 'checked_in' ||
          booking.status === 'checked_out',
        checkedInAt: booking.checkedInAt?.toISOString() ?? null,
        checkedOutAt: booking.checkedOutAt?.toISOString() ?? null,
        releasedAt: booking.releasedAt?.toISOString() ?? null,
      })),
    };
  }

  /** A desk freed up: a pg-boss worker (any process) gives it to the first person waiting. */
  async enqueueWaitlistPromotion(
    booking: Pick<Booking, 'siteId' | 'localDate' | 'slot'>,
  ): Promise<void> {
    // The waiting list is per day slot; an hourly booking frees no whole slot.
    if (booking.slot === 'hour') return;
    const job: WaitlistPromoteJob = {
      siteId: booking.siteId,
      date: booking.localDate,
      slot: booking.slot,
    };
    try {
      await this.jobs.send(jobQueues.waitlistPromote, job);
    } catch (error) {
      // The cancellation stands; the next cancellation on that day serves the list again.
      new Logger('Bookings').error(`waitlist promotion not queued: ${(error as Error).message}`);
    }
  }

  /** A booking of this person; anyone else's is "not found", so ids reveal nothing. */
  private async findBookingOf(user: User, bookingId: string): Promise<Booking> {
    const booking = await this.bookings.findOne({
      where: { id: bookingId, userId: user.id },
      relations: { site: true, desk: true },
    });
    if (!booking) throw new NotFoundException("Cette réservation n'existe pas.");
    return booking;
  }

  /**
   * A walk-in at the kiosk: booked from now to the end of the slot and checked in at once.
   * The caller has checked the site's rules; the exclusion constraints decide the race.
   */
  async createWalkInBooking(input: {
    user: User;
    site: Site;
    desk: Pick<Desk, 'id' | 'label' | 'zone'>;
    slot: Slot;
    date: string;
    startsAt: Date;
    endsAt: Date;
    kioskId: string;
    now: Date;
    /** The site's weekly maximum, counted again under the person's lock at insert. */
    maxBookingsPerWeek: number | null;
  }): Promise<Booking> {
    const booking = this.bookings.create({
      siteId: input.site.id,
      deskId: input.desk.id,
      userId: input.user.id,
      slot: input.slot,
      localDate: input.date,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      status: 'checked_in',
      checkedInAt: input.now,
      checkedInKioskId: input.kioskId,
      isWalkIn: true,
      site: input.site,
      desk: input.desk as Desk,
      user: input.user,
    });
    try {
      await this.insertBooking(booking, input.user.id, input.maxBookingsPerWeek);
    } catch (error) {
      throw (await this.explainConflict(error, input.user, booking)) ?? error;
    }
    return booking;
  }

  /**
   * Inserts a booking; when the site caps bookings per week, the count and the insert happen
   * under a transaction-scoped advisory lock of the person, so that many requests at once from
   * one person (on any API process) cannot all pass the count before any of them inserts.
   */
  private async insertBooking(
    booking: Booking,
    userId: string,
    maxBookingsPerWeek: number | null,
  ): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (maxBookingsPerWeek === null) {
          await this.insertWithShortCode(this.dataSource.manager, booking);
          return;
        }
        await this.dataSource.transaction(async (manager) => {
          await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
            `admz:person-bookings:${userId}`,
          ]);
          const bookingsThisWeek = await countBookingsInWeek(
            (sql, parameters) => manager.query(sql, parameters),
            booking.siteId,
            userId,
            booking.localDate,
          );
          const refusal = findWeeklyCapRefusal(maxBookingsPerWeek, bookingsThisWeek);
          if (refusal) throw new UnprocessableEntityException(refusal);
          await this.insertWithShortCode(manager, booking);
        });
        return;
      } catch (error) {
        // A fresh short code on the rare collision (a failed INSERT ends its transaction).
        if (constraintOf(error) !== 'bookings_short_code_key' || attempt >= 5) throw error;
      }
    }
  }

  /** Fills in the id, creation time and a random short code. */
  private async insertWithShortCode(manager: EntityManager, booking: Booking): Promise<void> {
    const rows: { id: string; created_at: Date; short_code: string }[] = await manager.query(
      `INSERT INTO bookings (site_id, desk_id, user_id, slot, local_date, starts_at, ends_at, status,
                             short_code, checked_in_at, checked_in_kiosk_id, is_walk_in, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id, created_at, short_code`,
      [
        booking.siteId,
        booking.deskId,
        booking.userId,
        booking.slot,
        booking.localDate,
        booking.startsAt,
        booking.endsAt,
        booking.status,
        generateShortCode(),
        booking.checkedInAt ?? null,
        booking.checkedInKioskId ?? null,
        booking.isWalkIn ?? false,
        // No-show release counts from the creation of a late booking: the clock's time, not SQL's.
        this.clock.now(),
      ],
    );
    const row = onlyRow(rows, 'booking insert');
    Object.assign(booking, { id: row.id, createdAt: row.created_at, shortCode: row.short_code });
  }

  /** Turns an exclusion-constraint violation into its sentence, naming what is in the way. */
  private async explainConflict(
    error: unknown,
    user: User,
    booking: Booking,
  ): Promise<HttpException | null> {
    if (constraintOf(error) !== 'bookings_no_person_overlap') {
      return toHttpException(error, { deskLabel: booking.desk?.label });
    }
    const held = await this.bookings.findOne({
      where: {
        userId: user.id,
        startsAt: LessThan(booking.endsAt),
        endsAt: MoreThan(booking.startsAt),
        status: In([...activeBookingStatuses]),
      },
      relations: { desk: true, site: true },
    });
    return toHttpException(error, {
      heldDesk:
        held?.desk && held.site ? { label: held.desk.label, siteName: held.site.name } : undefined,
    });
  }
}

/** Every calendar day from `from` to `to`, inclusive. */
function eachDate(from: string, to: string): string[] {
  const dates: string[] = [];
  for (
    let day = Date.parse(`${from}T12:00:00Z`);
    day <= Date.parse(`${to}T12:00:00Z`);
    day += 86_400_000
  ) {
    dates.push(new Date(day).toISOString().slice(0, 10));
  }
  return dates;
}
