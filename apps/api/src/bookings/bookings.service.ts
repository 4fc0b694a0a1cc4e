import { randomInt, randomUUID } from 'node:crypto';
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
  encodePastBookingsCursor,
  millisecondsPerDay,
  myPastBookingsPageSize,
  shortCodeAlphabet,
  shortCodeLength,
  type Availability,
  type AvailabilitySummary,
  type Booking as BookingResponse,
  type BookingPass,
  type BookingStatus,
  type CreateBooking,
  type BookAnyDesk,
  type MyBookings,
  type PastBookingsCursor,
  type PersonPass,
  type Presence,
  type Slot,
  activeBookingStatuses,
} from '@admz/shared';
import { DataSource, In, LessThan, MoreThan, Repository, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { QrTokensService, bookingTokenInput } from '../check-ins/qr-tokens.service';
import { toQrSvg } from '../check-ins/qr-svg';
import { siteToday } from '../common/site-time';
import { listZonesHeldOnDay } from '../events/event-queries';
import { deskWithdrawnSentence, siteArchivedSentence } from '../sites/site-schedule';
import { Desk } from '../sites/desk.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { jobQueues, type WaitlistPromoteJob } from '../jobs/job-queues';
import { JobsService } from '../jobs/jobs.service';
import type { Site } from '../sites/site.entity';
import { SitesService, type SiteDay } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import { Booking } from './booking.entity';
import { toBookingResponse, withPlace, type BookingWithPlace } from './booking-with-place';
import {
  countActiveDesks,
  countBookingsInWeek,
  insertBooking as insertBookingRow,
  listActiveBookingsOfDay,
  listBookingsOfPersonBefore,
  listBookingsOfPersonSince,
  listBookableDesks,
  listPresence,
  listRecentDeskHabits,
  lockPersonBookings,
  readPersonAtSite,
  readPlaceAvailability,
  summariseSlotUsage,
  type NewBooking,
  type StoredBooking,
} from './booking-queries';
import {
  findCancellationRefusal,
  findRuleRefusal,
  findWeeklyCapRefusal,
  resolveRequestedSlot,
} from './booking-rules';
import { constraintOf, describeConstraint, toHttpException } from '../database/database-errors';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../database/database-connection';
import { Clock } from '../common/clock';
import { orderByHabit } from './desk-preference';
import {
  composeAvailability,
  toAvailabilityView,
  type AvailabilityDay,
  type AvailabilityView,
} from './availability';
import { deskClaimKey, type CacheTicket } from '../availability-cache/availability-cache';
import { AvailabilityCacheService } from '../availability-cache/availability-cache.service';
import { readSiteDay, readSitePlaces } from '../sites/site-day-queries';
import type { PlannedStatement } from '../jobs/jobs.service';
import { addDaysToIsoDate, daysBetweenIsoDates } from '../common/site-time';

/** Bookings that have no QR code to show, and why. */
const passRefusals: Partial<Record<BookingStatus, string>> = {
  cancelled: 'Cette réservation est annulée.',
  checked_out: 'Vous avez déjà enregistré votre départ pour cette réservation.',
  absent: 'Cette réservation a été libérée : vous n’étiez pas arrivé·e à temps.',
};

/** A booking that passed every check, with what its insert and its answer need. */
export type PreparedBooking = {
  booking: NewBooking;
  site: Pick<Site, 'id' | 'name' | 'timezone'>;
  desk: Pick<Desk, 'id' | 'label' | 'zone'>;
  maxBookingsPerWeek: number | null;
  /** When the checks were read through the process's cache: its moment (see storeConfirmedBooking). */
  cacheTicket?: CacheTicket | null;
};

export type StoredBookingWithPlace = StoredBooking & BookingWithPlace;

/** `hasHeardCommittedChanges`: the request's session lookup already waited for the notices. */
type AvailabilityReadOptions = { now?: Date; hasHeardCommittedChanges?: boolean };

export function generateShortCode(): string {
  let code = '';
  for (let index = 0; index < shortCodeLength; index += 1) {
    code += shortCodeAlphabet[randomInt(shortCodeAlphabet.length)];
  }
  return code;
}

/** The desk went to someone else (or was withdrawn) between the checks and the insert. */
class DeskTakenConflict extends ConflictException {}

/** How far back « Un poste libre » looks for the person's habits. */
const habitDays = 90;

@Injectable()
export class BookingsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly sites: SitesService,
    private readonly qrTokens: QrTokensService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly availabilityCache: AvailabilityCacheService,
    @Inject(DATABASE_CONNECTION) private readonly database: DatabaseConnection,
  ) {}

  /**
   * `notify: false` when the caller tells the person itself (waitlist promotion).
   */
  async createBooking(
    user: User,
    input: CreateBooking,
    {
      notify = true,
      now = this.clock.now(),
      hasHeardCommittedChanges = false,
    }: { notify?: boolean; now?: Date; hasHeardCommittedChanges?: boolean } = {},
  ): Promise<BookingResponse> {
    const prepared = await this.prepareBooking(user, input, now, null, {
      hasHeardCommittedChanges,
    });
    const booking = await this.storeConfirmedBooking(prepared, { notify });
    return toBookingResponse(booking);
  }

  /**
   * Inserts a booking and, when `notify`, enqueues its confirmation mail in the same statement:
   * the mail goes if and only if the booking is stored, and the booking costs one round trip.
   */
  private async storeConfirmedBooking(
    prepared: PreparedBooking,
    { notify }: { notify: boolean },
  ): Promise<StoredBookingWithPlace> {
    const { booking, desk, cacheTicket } = prepared;
    const claim = deskClaimKey(booking.deskId, booking.startsAt, booking.endsAt);
    const { cache } = this.availabilityCache;
    // A refusal proven by an earlier insert, and no change of that day heard since: the insert
    // would fail the same way, so a storm for a taken desk does not reach the database.
    if (cacheTicket && cache.isKnownTaken(booking.siteId, booking.localDate, claim)) {
      throw new DeskTakenConflict(
        describeConstraint('bookings_no_desk_overlap', { deskLabel: desk.label }),
      );
    }
    const id = randomUUID();
    const alongside = notify
      ? await this.notifications.planEnqueue({ kind: 'booking-confirmed', bookingId: id })
      : undefined;
    try {
      return await this.storeBooking(this.dataSource.manager, prepared, { id, alongside });
    } catch (error) {
      if (
        cacheTicket &&
        error instanceof DeskTakenConflict &&
        constraintOf(error.cause) === 'bookings_no_desk_overlap'
      ) {
        cache.rememberTaken(cacheTicket, booking.siteId, booking.localDate, claim);
      }
      throw error;
    }
  }

  /**
   * Every check a booking passes before it is inserted (desk, opening, rules, past slot): a
   * refusal is thrown as the sentence to show. Reads only; the insert decides any race.
   */
  async prepareBooking(
    user: User,
    input: CreateBooking,
    now: Date,
    seriesId: string | null = null,
    { hasHeardCommittedChanges = false }: { hasHeardCommittedChanges?: boolean } = {},
  ): Promise<PreparedBooking> {
    const { siteDay, cacheTicket } = await this.loadSiteDayToBook(
      user,
      input,
      hasHeardCommittedChanges,
    );
    const { site, desk, schedule, rules } = siteDay;
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
          : await countBookingsInWeek(this.dataSource.manager, site.id, user.id, input.date),
    });
    if (ruleRefusal) throw new UnprocessableEntityException(ruleRefusal);
    const slot = resolveRequestedSlot(schedule, input, site.timezone, site.extendedClosesAt);
    if (slot.endsAt <= now) throw new UnprocessableEntityException('Ce créneau est déjà passé.');
    return {
      booking: {
        siteId: site.id,
        deskId: desk.id,
        userId: user.id,
        slot: slot.slot,
        localDate: input.date,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        status: 'confirmed',
        checkedInAt: null,
        checkedInKioskId: null,
        isWalkIn: false,
        seriesId,
        // No-show release counts from the creation of a late booking: the clock's time, not SQL's.
        createdAt: now,
      },
      site,
      desk,
      maxBookingsPerWeek: rules.maxBookingsPerWeek,
      cacheTicket,
    };
  }

  /**
   * The site's day a booking is checked against, with the desk and the person's part (key
   * holder, claims): from the process's cache when no change of the site was announced since it
   * was read (bookings do not change it), else in one query. A desk the cache does not know
   * (another site's, none) is read from the database, which says why it cannot be booked.
   */
  private async loadSiteDayToBook(
    user: User,
    input: CreateBooking,
    hasHeardCommittedChanges: boolean,
  ): Promise<{ siteDay: SiteDay; cacheTicket: CacheTicket | null }> {
    const { cache } = this.availabilityCache;
    const ticket =
      await this.availabilityCache.ticketAfterCommittedChanges(hasHeardCommittedChanges);
    if (ticket) {
      const db = this.dataSource.manager;
      const [row, places] = await Promise.all([
        cache.loadSchedule(ticket, input.siteId, input.date, () =>
          readSiteDay(db, { ...input, deskId: null, userId: null }),
        ),
        cache.loadPlaces(ticket, input.siteId, () => readSitePlaces(db, input.siteId)),
      ]);
      const desk = places.desks.get(input.deskId);
      if (row && desk) {
        const siteDay = this.sites.toSiteDay(
          {
            ...row,
            desk,
            is_key_holder: places.keyHolderIds.has(user.id),
            // Fresh: the person comes from the session, whose cache their row's changes empty.
            person: { siret: user.siret, organization_label: user.organizationLabel },
          },
          input.date,
        );
        return { siteDay, cacheTicket: ticket };
      }
    }
    const siteDay = await this.sites.loadSiteDay(input.siteId, input.date, input.deskId, user.id);
    return { siteDay, cacheTicket: ticket };
  }

  /**
   * Inserts a prepared booking through `db` (the data source, or a caller's transaction): the
   * exclusion constraints decide, and a conflict is explained in a sentence afterwards — from
   * what the request already holds when the desk is taken, so a refusal costs the failed
   * insert only. `alongside`: a statement run with the insert (see insertBooking).
   */
  async storeBooking(
    db: EntityManager,
    prepared: PreparedBooking,
    { id = randomUUID(), alongside }: { id?: string; alongside?: PlannedStatement } = {},
  ): Promise<StoredBookingWithPlace> {
    const { booking, site, desk } = prepared;
    let stored: StoredBooking | null;
    try {
      stored = await this.insertBooking(db, booking, prepared.maxBookingsPerWeek, {
        id,
        alongside,
      });
    } catch (error) {
      const explained = await this.explainConflict(db, error, booking, desk.label);
      const constraint = constraintOf(error);
      if (
        explained &&
        (constraint === 'bookings_no_desk_overlap' || constraint === 'bookings_zone_held_by_event')
      ) {
        throw new DeskTakenConflict(explained.message, { cause: error });
      }
      throw explained ?? error;
    }
    if (stored === null) {
      // Deactivated or archived since the checks above: the insert's guard refused it.
      const { isSiteArchived } = await readPlaceAvailability(db, desk.id);
      if (isSiteArchived) throw new ConflictException(siteArchivedSentence(site.name));
      throw new DeskTakenConflict(deskWithdrawnSentence(desk.label));
    }
    return { ...stored, site, desk };
  }

  /**
   * « Un poste libre »: books a free desk of the site for the slot, picked by the person's habits
   * (usual zone, then usual equipment, then any). Every rule applies as for a chosen desk; when
   * another booking takes the desk first, the next one is tried; none left is a 409.
   */
  async bookAnyDesk(
    user: User,
    input: BookAnyDesk,
    {
      now = this.clock.now(),
      hasHeardCommittedChanges = false,
    }: { now?: Date; hasHeardCommittedChanges?: boolean } = {},
  ): Promise<BookingResponse> {
    const seen = await this.getAvailability(user, input.siteId, input.date, {
      now,
      hasHeardCommittedChanges,
    });
    if (!seen.isOpen) {
      throw new UnprocessableEntityException(
        seen.closedReason ?? "Le tiers-lieu n'ouvre pas ce jour-là.",
      );
    }
    const mine = seen.desks.find((desk) => desk.states[input.slot] === 'mine');
    if (mine) {
      throw new ConflictException(`Vous avez déjà le poste ${mine.label} sur ce créneau.`);
    }
    const free = seen.desks.filter((desk) => desk.states[input.slot] === 'free');
    const habits = await listRecentDeskHabits(
      this.dataSource.manager,
      input.siteId,
      user.id,
      addDaysToIsoDate(input.date, -habitDays),
    );
    for (const desk of orderByHabit(free, habits)) {
      const prepared = await this.prepareBooking(user, { ...input, deskId: desk.id }, now, null, {
        hasHeardCommittedChanges: true,
      });
      try {
        return toBookingResponse(await this.storeConfirmedBooking(prepared, { notify: true }));
      } catch (error) {
        if (!(error instanceof DeskTakenConflict)) throw error;
      }
    }
    // Nothing free: say why when a rule or the slot itself refuses (the same sentence a chosen
    // desk would get), else that every desk is taken.
    const unassigned = (await listBookableDesks(this.dataSource.manager, input.siteId)).find(
      (desk) => desk.assignedUserId === null,
    );
    if (unassigned) await this.prepareBooking(user, { ...input, deskId: unassigned.id }, now);
    throw new ConflictException(
      'Plus aucun poste n’est libre sur ce créneau : essayez un autre créneau, un autre jour, ou inscrivez-vous sur la liste d’attente.',
    );
  }

  /**
   * « Mes réservations », bounded however long the person's history: every booking that started
   * less than a day ago or later (all of today's wherever the site, all not over yet), then the
   * past a page at a time, latest first. Both are ranges of the index (user_id, starts_at).
   */
  async listMyBookings(
    user: User,
    before: PastBookingsCursor | undefined,
    now = this.clock.now(),
  ): Promise<MyBookings> {
    // Local midnight anywhere is less than a day ago, and no booking lasts longer than a day.
    const since = new Date(now.getTime() - millisecondsPerDay);
    const upcoming = before ? [] : await listBookingsOfPersonSince(this.dataSource, user.id, since);
    const cursor = before
      ? { startsAt: new Date(before.startsAt), id: before.id }
      : { startsAt: since, id: null };
    // One more than a page tells whether another page follows, without counting.
    const past = await listBookingsOfPersonBefore(
      this.dataSource,
      user.id,
      cursor,
      myPastBookingsPageSize + 1,
    );
    const page = past.slice(0, myPastBookingsPageSize).map(toBookingResponse);
    const last = page.at(-1);
    return {
      upcoming: upcoming.map(toBookingResponse),
      past: page,
      nextBefore:
        past.length > myPastBookingsPageSize && last ? encodePastBookingsCursor(last) : null,
    };
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
    options: AvailabilityReadOptions = {},
  ): Promise<Availability> {
    return (await this.getAvailabilityView(user, siteId, date, options)).document;
  }

  /**
   * A person's availability of a day, from the process's cache when no change was announced
   * since it was computed (see AvailabilityCacheService), with its JSON and ETag.
   */
  async getAvailabilityView(
    user: User,
    siteId: string,
    date: string,
    { now = this.clock.now(), hasHeardCommittedChanges = false }: AvailabilityReadOptions = {},
  ): Promise<AvailabilityView> {
    const { cache } = this.availabilityCache;
    const ticket =
      await this.availabilityCache.ticketAfterCommittedChanges(hasHeardCommittedChanges);
    const cached = ticket ? cache.readDocument(siteId, date, user.id) : undefined;
    const instant = now.getTime();
    if (cached && cached.computedAt <= instant && instant < cached.validUntil) return cached;
    const [day, person] = await Promise.all([
      ticket
        ? cache.loadDay(ticket, siteId, date, () => this.readAvailabilityDay(siteId, date))
        : this.readAvailabilityDay(siteId, date),
      readPersonAtSite(this.dataSource.manager, siteId, user.id, date),
    ]);
    const siteDay = this.sites.toSiteDay(
      { ...day.siteDay, is_key_holder: person.is_key_holder, person: person.person },
      date,
    );
    const document = composeAvailability({
      day,
      siteDay,
      userId: user.id,
      bookingsThisWeek: person.bookings_this_week,
      date,
      now,
    });
    const view = toAvailabilityView(document, siteDay, now);
    if (ticket) cache.storeDocument(ticket, siteId, date, user.id, view);
    return view;
  }

  /** The inputs every person's availability of a day shares. */
  private async readAvailabilityDay(siteId: string, date: string): Promise<AvailabilityDay> {
    const db = this.dataSource.manager;
    const [siteDay, desks, bookings, heldZones] = await Promise.all([
      readSiteDay(db, { siteId, date, deskId: null, userId: null }),
      listBookableDesks(db, siteId),
      listActiveBookingsOfDay(db, siteId, date),
      listZonesHeldOnDay(db, siteId, date),
    ]);
    if (!siteDay) throw new NotFoundException("Ce site n'existe pas.");
    return { siteDay, desks, bookings, heldZones };
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
    const [{ site, days }, deskCount] = await Promise.all([
      this.sites.loadSiteDays(siteId, dates, user.id),
      countActiveDesks(this.dataSource.manager, siteId),
    ]);
    const windows = days.flatMap(({ date, schedule }) =>
      schedule.slots.map((slot) => ({ date, ...slot })),
    );
    const usage = await summariseSlotUsage(this.dataSource.manager, siteId, user.id, windows);
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
            myBookingId: used?.myBookingId ?? null,
          };
        }),
      })),
    };
  }

  async getPresence(siteId: string, date: string | undefined): Promise<Presence> {
    const site = await this.sites.getSite(siteId);
    const day = date ?? siteToday(site.timezone, this.clock.now());
    const entries = await listPresence(this.dataSource.manager, siteId, day);
    entries.sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() || a.desk.label.localeCompare(b.desk.label),
    );
    return {
      siteId,
      date: day,
      entries: entries.map((entry) => ({
        ...entry,
        startsAt: entry.startsAt.toISOString(),
        endsAt: entry.endsAt.toISOString(),
        // From the status too: arrival times are erased after the presence retention period.
        hasArrived:
          entry.checkedInAt !== null ||
          entry.status === 'checked_in' ||
          entry.status === 'checked_out',
        checkedInAt: entry.checkedInAt?.toISOString() ?? null,
        checkedOutAt: entry.checkedOutAt?.toISOString() ?? null,
        releasedAt: entry.releasedAt?.toISOString() ?? null,
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
  private async findBookingOf(user: User, bookingId: string): Promise<Booking & BookingWithPlace> {
    const booking = await this.bookings.findOne({
      where: { id: bookingId, userId: user.id },
      relations: { site: true, desk: true },
    });
    if (!booking) throw new NotFoundException("Cette réservation n'existe pas.");
    return withPlace(booking);
  }

  /**
   * A walk-in at the kiosk: booked from now to the end of the slot and checked in at once.
   * The caller has checked the site's rules; the exclusion constraints decide the race.
   */
  async createWalkInBooking(input: {
    user: User;
    site: Pick<Site, 'id' | 'name' | 'timezone'>;
    desk: Pick<Desk, 'id' | 'label' | 'zone'>;
    slot: Slot;
    date: string;
    startsAt: Date;
    endsAt: Date;
    kioskId: string;
    now: Date;
    /** The site's weekly maximum, counted again under the person's lock at insert. */
    maxBookingsPerWeek: number | null;
  }): Promise<StoredBookingWithPlace> {
    return this.storeBooking(this.dataSource.manager, {
      booking: {
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
        seriesId: null,
        createdAt: input.now,
      },
      site: input.site,
      desk: input.desk,
      maxBookingsPerWeek: input.maxBookingsPerWeek,
    });
  }

  /**
   * Inserts a booking; when the site caps bookings per week, the count and the insert happen
   * under a transaction-scoped advisory lock of the person, so that many requests at once from
   * one person (on any API process) cannot all pass the count before any of them inserts.
   * Inside a caller's transaction each attempt is a savepoint: a refused insert undoes itself
   * only, and the lock is held until the caller commits. Otherwise, with nothing to count, the
   * INSERT runs alone.
   */
  private async insertBooking(
    db: EntityManager,
    booking: NewBooking,
    maxBookingsPerWeek: number | null,
    { id, alongside }: { id: string; alongside?: PlannedStatement },
  ): Promise<StoredBooking | null> {
    const isCounted = maxBookingsPerWeek !== null && booking.userId !== null;
    const isInCallersTransaction = db.queryRunner?.isTransactionActive === true;
    for (let attempt = 1; ; attempt += 1) {
      try {
        // Nothing counted and no caller's transaction to protect: one INSERT, the hot path.
        if (!isCounted && !isInCallersTransaction) {
          return await insertBookingRow(db, booking, {
            id,
            shortCode: generateShortCode(),
            alongside,
            namesStatement: this.database.namesStatements,
          });
        }
        return await db.transaction(async (manager) => {
          if (maxBookingsPerWeek !== null && booking.userId !== null) {
            await lockPersonBookings(manager, booking.userId);
            const bookingsThisWeek = await countBookingsInWeek(
              manager,
              booking.siteId,
              booking.userId,
              booking.localDate,
            );
            const refusal = findWeeklyCapRefusal(maxBookingsPerWeek, bookingsThisWeek);
            if (refusal) throw new UnprocessableEntityException(refusal);
          }
          return insertBookingRow(manager, booking, {
            id,
            shortCode: generateShortCode(),
            alongside,
            namesStatement: this.database.namesStatements,
          });
        });
      } catch (error) {
        // A fresh short code on the rare collision (a failed INSERT ends its transaction).
        if (constraintOf(error) !== 'bookings_short_code_key' || attempt >= 5) throw error;
      }
    }
  }

  /** Turns an exclusion-constraint violation into its sentence, naming what is in the way. */
  private async explainConflict(
    db: EntityManager,
    error: unknown,
    booking: NewBooking,
    deskLabel: string,
  ): Promise<HttpException | null> {
    if (constraintOf(error) !== 'bookings_no_person_overlap' || booking.userId === null) {
      return toHttpException(error, { deskLabel });
    }
    // Through the same connection: inside a caller's transaction, another would wait on it.
    const held = await db.getRepository(Booking).findOne({
      where: {
        userId: booking.userId,
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
  return Array.from({ length: daysBetweenIsoDates(from, to) + 1 }, (_, index) =>
    addDaysToIsoDate(from, index),
  );
}
