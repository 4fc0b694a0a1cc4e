import {
  ConflictException,
  HttpException,
  Inject,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  slotLabels,
  type BookOnBehalf,
  type Booking as BookingResponse,
  type EvacuationList,
  type SitePerson,
  type TodayBoard,
  type TodayEntry,
  type TodayState,
} from '@admz/shared';
import { DataSource } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { Booking } from '../bookings/booking.entity';
import { toBookingResponse, withPlace } from '../bookings/booking-with-place';
import { BookingsService } from '../bookings/bookings.service';
import { Clock } from '../common/clock';
import { formatFrenchDate, formatSiteTime, siteToday } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import { constraintOf } from '../database/database-errors';
import { searchPeople } from '../hosts/host-queries';
import { NotificationsService } from '../notifications/notifications.service';
import { SitesService } from '../sites/sites.service';
import { findLoggedInPersonByEmail } from '../users/people-queries';
import { User } from '../users/user.entity';
import {
  cancelOnBehalf,
  findSiteBooking,
  listDayBookings,
  listFreeDesksAt,
  listPeopleOnSite,
  markArrival,
  markDeparture,
  recordBookedBy,
  type SiteBooking,
} from './today-board-queries';
import { listGuestsOfDay, listGuestsOnSite } from '../guests/guest-queries';
import { toTodayGuest } from '../guests/today-guests';

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const notFound = () => new NotFoundException("Cette réservation n'existe pas sur ce site.");

/** What a booking is on the board: the state a host reads at the door. */
export function todayStateOf(
  booking: { status: SiteBooking['status']; endsAt: Date },
  now: Date,
): TodayState {
  switch (booking.status) {
    case 'checked_in':
      return 'arrived';
    case 'checked_out':
      return 'left';
    case 'confirmed':
      // Its slot over and nobody came: a no-show, even where the site releases nobody.
      return booking.endsAt <= now ? 'no_show' : 'expected';
    default:
      return 'no_show';
  }
}

/** A refusal written to the person booking (« Vous avez… ») said of the person booked for. */
function speakingOf(error: unknown, name: string): unknown {
  if (!(error instanceof HttpException)) return error;
  const message = error.message;
  if (!message.startsWith('Vous avez')) return error;
  const rephrased = `${name} a${message.slice('Vous avez'.length)}`;
  return new HttpException(rephrased, error.getStatus());
}

/**
 * The host's day at a site: the board of today, the evacuation list, and what a host does by
 * hand — mark an arrival or a departure, book or cancel for someone. Each change and its audit
 * row are one transaction; a mail to the person is queued in it too.
 */
@Injectable()
export class TodayBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly bookings: BookingsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async getToday(siteId: string, now = this.clock.now()): Promise<TodayBoard> {
    const site = await this.sites.getSite(siteId);
    const date = siteToday(site.timezone, now);
    const [{ schedule }, rows, freeDesks, guests] = await Promise.all([
      this.sites.loadSiteDay(siteId, date),
      listDayBookings(this.dataSource.manager, siteId, date),
      listFreeDesksAt(this.dataSource.manager, siteId, now),
      listGuestsOfDay(this.dataSource.manager, siteId, date),
    ]);
    const entries: TodayEntry[] = rows
      .sort(
        (a, b) =>
          a.startsAt.getTime() - b.startsAt.getTime() ||
          collator.compare(a.person?.usualName ?? '', b.person?.usualName ?? '') ||
          collator.compare(a.desk.label, b.desk.label),
      )
      .map((row) => {
        const state = todayStateOf(row, now);
        return {
          ...row,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          state,
          isLate: state === 'expected' && row.startsAt <= now,
          checkedInAt: row.checkedInAt?.toISOString() ?? null,
          checkedOutAt: row.checkedOutAt?.toISOString() ?? null,
          releasedAt: row.releasedAt?.toISOString() ?? null,
        };
      });
    const count = (state: TodayState) => entries.filter((entry) => entry.state === state).length;
    return {
      siteId,
      siteName: site.name,
      timezone: site.timezone,
      date,
      generatedAt: now.toISOString(),
      isOpen: schedule.isOpen,
      closedReason: schedule.closedReason,
      counts: {
        expected: count('expected'),
        arrived: count('arrived'),
        left: count('left'),
        noShow: count('no_show'),
        freeDesks: freeDesks.length,
      },
      entries,
      guests: guests.map(toTodayGuest),
      freeDesks,
    };
  }

  async getEvacuationList(siteId: string, now = this.clock.now()): Promise<EvacuationList> {
    const site = await this.sites.getSite(siteId);
    const [people, guests] = await Promise.all([
      listPeopleOnSite(this.dataSource.manager, siteId),
      listGuestsOnSite(this.dataSource.manager, siteId, siteToday(site.timezone, now)),
    ]);
    const zones = new Map<string, typeof people>();
    for (const person of people)
      zones.set(person.zone, [...(zones.get(person.zone) ?? []), person]);
    return {
      siteId,
      siteName: site.name,
      timezone: site.timezone,
      generatedAt: now.toISOString(),
      count: people.length + guests.length,
      guests: guests.map(toTodayGuest),
      zones: [...zones.entries()]
        .sort(([zoneA], [zoneB]) => collator.compare(zoneA, zoneB))
        .map(([zone, inZone]) => ({
          zone,
          count: inZone.length,
          people: inZone
            .sort(
              (a, b) =>
                collator.compare(a.person?.usualName ?? '', b.person?.usualName ?? '') ||
                collator.compare(a.person?.givenName ?? '', b.person?.givenName ?? '') ||
                collator.compare(a.deskLabel, b.deskLabel),
            )
            .map((person) => ({
              bookingId: person.bookingId,
              person: person.person,
              deskLabel: person.deskLabel,
              checkedInAt: person.checkedInAt?.toISOString() ?? null,
              isWalkIn: person.isWalkIn,
            })),
        })),
    };
  }

  /** People who have logged in, for a host booking on someone's behalf. */
  async searchPeople(siteId: string, query: string): Promise<SitePerson[]> {
    await this.sites.getSite(siteId);
    return searchPeople(this.dataSource.manager, query);
  }

  /**
   * A host says the person is here: as a kiosk scan would, within the booking's check-in
   * window. Already arrived: nothing changes. Released for want of arrival: given back if its
   * desk is still free.
   */
  async markArrival(
    host: User,
    siteId: string,
    bookingId: string,
    now = this.clock.now(),
  ): Promise<BookingResponse> {
    const booking = await this.findBooking(siteId, bookingId);
    const who = booking.personName ?? 'Cette personne';
    const timezone = await this.timezoneOf(siteId);
    switch (booking.status) {
      case 'checked_in':
        return this.readResponse(booking.id);
      case 'checked_out':
        throw new ConflictException(
          `${who} est déjà parti·e${at(booking.checkedOutAt, timezone)} : arrivée non enregistrée.`,
        );
      case 'cancelled':
        throw new ConflictException('Cette réservation a été annulée : arrivée non enregistrée.');
      default:
        break;
    }
    const opensAt = new Date(
      booking.startsAt.getTime() - this.config.checkInOpensMinutesBefore * 60_000,
    );
    if (now < opensAt) {
      const day =
        booking.localDate === siteToday(timezone, now)
          ? ''
          : ` le ${formatFrenchDate(booking.localDate)}`;
      throw new UnprocessableEntityException(
        `Trop tôt : l'arrivée s'enregistre${day} à partir de ${formatSiteTime(opensAt, timezone)}.`,
      );
    }
    if (booking.endsAt <= now) {
      throw new UnprocessableEntityException('Cette réservation est terminée.');
    }
    const fromStatus = booking.status;
    try {
      await this.dataSource.transaction(async (manager) => {
        const changed = await markArrival(manager, {
          bookingId,
          fromStatus,
          at: now,
          hostId: host.id,
        });
        if (!changed) return;
        await insertAuditEvent(manager, {
          at: now,
          kind: 'attendance.arrival-marked',
          actor: auditActorOf(host),
          siteId,
          subject: describeBooking(booking, timezone),
          before: { status: fromStatus },
          after: { status: 'checked_in', checkedInAt: now.toISOString() },
        });
      });
    } catch (error) {
      const constraint = constraintOf(error);
      if (constraint === 'bookings_no_desk_overlap') {
        throw new ConflictException(
          `La réservation de ${who} a été libérée et le poste ${booking.deskLabel} réattribué : réservez-lui un autre poste.`,
        );
      }
      if (constraint === 'bookings_no_person_overlap') {
        throw new ConflictException(`${who} a déjà un autre poste en ce moment.`);
      }
      throw error;
    }
    const current = await this.findBooking(siteId, bookingId);
    if (current.status !== 'checked_in') {
      throw new ConflictException('Cette réservation vient de changer : rechargez le tableau.');
    }
    return this.readResponse(bookingId);
  }

  /** A host says the person has left: the desk is free for the rest of the day. */
  async markDeparture(
    host: User,
    siteId: string,
    bookingId: string,
    now = this.clock.now(),
  ): Promise<BookingResponse> {
    const booking = await this.findBooking(siteId, bookingId);
    const who = booking.personName ?? 'Cette personne';
    const timezone = await this.timezoneOf(siteId);
    switch (booking.status) {
      case 'checked_out':
        return this.readResponse(booking.id);
      case 'confirmed':
        throw new ConflictException(`${who} n’est pas arrivé·e : départ non enregistré.`);
      case 'absent':
        throw new ConflictException(
          'Cette réservation a été libérée faute d’arrivée : départ non enregistré.',
        );
      case 'cancelled':
        throw new ConflictException('Cette réservation a été annulée : départ non enregistré.');
      default:
        break;
    }
    await this.dataSource.transaction(async (manager) => {
      if (!(await markDeparture(manager, { bookingId, at: now, hostId: host.id }))) return;
      await insertAuditEvent(manager, {
        at: now,
        kind: 'attendance.departure-marked',
        actor: auditActorOf(host),
        siteId,
        subject: describeBooking(booking, timezone),
        before: { status: 'checked_in' },
        after: { status: 'checked_out', checkedOutAt: now.toISOString() },
      });
    });
    const current = await this.findBooking(siteId, bookingId);
    if (current.status !== 'checked_out') {
      throw new ConflictException('Cette réservation vient de changer : rechargez le tableau.');
    }
    return this.readResponse(bookingId);
  }

  /**
   * A host books a desk of the site for a person who has logged in: the same checks as the
   * person's own booking (site open, desk free, rules, weekly maximum under the person's lock),
   * recorded as made by the host, and the person told by mail.
   */
  async bookOnBehalf(
    host: User,
    siteId: string,
    input: BookOnBehalf,
    now = this.clock.now(),
  ): Promise<BookingResponse> {
    await this.sites.getSite(siteId);
    const found = await findLoggedInPersonByEmail(this.dataSource.manager, input.email);
    const person = found
      ? await this.dataSource.getRepository(User).findOneBy({ id: found.userId })
      : null;
    if (!found || !person) {
      throw new UnprocessableEntityException(
        `Personne ne s’est encore connecté à AdmZ avec l’adresse ${input.email} : elle doit se connecter une première fois.`,
      );
    }
    const name = `${person.givenName} ${person.usualName}`.trim();
    try {
      const prepared = await this.bookings.prepareBooking(
        person,
        {
          siteId,
          deskId: input.deskId,
          date: input.date,
          slot: input.slot,
          startTime: input.startTime,
          endTime: input.endTime,
        },
        now,
      );
      const bookingId = await this.dataSource.transaction(async (manager) => {
        const stored = await this.bookings.storeBooking(manager, prepared);
        await recordBookedBy(manager, stored.id, host.id);
        await insertAuditEvent(manager, {
          at: now,
          kind: 'booking.created-on-behalf',
          actor: auditActorOf(host),
          siteId,
          subject: `${name} — poste ${stored.desk.label}, ${formatFrenchDate(stored.localDate)} (${slotLabels[stored.slot]})`,
          after: {
            status: stored.status,
            userId: person.id,
            deskId: stored.deskId,
            date: stored.localDate,
            slot: stored.slot,
            startsAt: stored.startsAt.toISOString(),
            endsAt: stored.endsAt.toISOString(),
          },
        });
        await this.notifications.enqueue(
          { kind: 'booking-booked-by-host', bookingId: stored.id },
          manager,
        );
        return stored.id;
      });
      return await this.readResponse(bookingId);
    } catch (error) {
      throw speakingOf(error, name);
    }
  }

  /**
   * A host cancels a person's booking for them (whatever the site's cancellation deadline,
   * which binds agents): the desk goes to the waiting list, and the person is told by mail.
   */
  async cancelOnBehalf(
    host: User,
    siteId: string,
    bookingId: string,
    now = this.clock.now(),
  ): Promise<BookingResponse> {
    const booking = await this.findBooking(siteId, bookingId);
    const who = booking.personName ?? 'Cette personne';
    const timezone = await this.timezoneOf(siteId);
    switch (booking.status) {
      case 'cancelled':
        return this.readResponse(booking.id);
      case 'checked_in':
      case 'checked_out':
        throw new ConflictException(
          `${who} est déjà arrivé·e : cette réservation ne peut plus être annulée.`,
        );
      case 'absent':
        throw new ConflictException('Cette réservation a déjà été libérée faute d’arrivée.');
      default:
        break;
    }
    if (booking.endsAt <= now) {
      throw new UnprocessableEntityException('Cette réservation est terminée.');
    }
    const cancelled = await this.dataSource.transaction(async (manager) => {
      if (!(await cancelOnBehalf(manager, { bookingId, at: now, hostId: host.id }))) return false;
      await insertAuditEvent(manager, {
        at: now,
        kind: 'booking.cancelled-on-behalf',
        actor: auditActorOf(host),
        siteId,
        subject: describeBooking(booking, timezone),
        before: { status: 'confirmed' },
        after: { status: 'cancelled', cancelledAt: now.toISOString() },
      });
      await this.notifications.enqueue({ kind: 'booking-cancelled-by-host', bookingId }, manager);
      return true;
    });
    if (!cancelled) {
      const current = await this.findBooking(siteId, bookingId);
      if (current.status !== 'cancelled') {
        throw new ConflictException('Cette réservation vient de changer : rechargez le tableau.');
      }
    } else {
      await this.bookings.enqueueWaitlistPromotion(booking);
    }
    return this.readResponse(bookingId);
  }

  private async findBooking(siteId: string, bookingId: string): Promise<SiteBooking> {
    await this.sites.getSite(siteId);
    const booking = await findSiteBooking(this.dataSource.manager, siteId, bookingId);
    // An anonymised booking (its person gone) is nobody's to act on: as good as unknown.
    if (!booking || booking.userId === null) throw notFound();
    return booking;
  }

  private async timezoneOf(siteId: string): Promise<string> {
    return (await this.sites.getSite(siteId)).timezone;
  }

  private async readResponse(bookingId: string): Promise<BookingResponse> {
    const booking = await this.dataSource.getRepository(Booking).findOne({
      where: { id: bookingId },
      relations: { site: true, desk: true },
    });
    if (!booking) throw notFound();
    return toBookingResponse(withPlace(booking));
  }
}

function at(instant: Date | null, timezone: string): string {
  return instant ? ` à ${formatSiteTime(instant, timezone)}` : '';
}

/** « Camille Martin — poste A-04, mardi 9 mars 2027 (Journée) », as the audit log shows it. */
function describeBooking(booking: SiteBooking, timezone: string): string {
  const who = booking.personName ?? 'Personne anonymisée';
  const when =
    booking.slot === 'hour'
      ? `de ${formatSiteTime(booking.startsAt, timezone)} à ${formatSiteTime(booking.endsAt, timezone)}`
      : slotLabels[booking.slot];
  return `${who} — poste ${booking.deskLabel}, ${formatFrenchDate(booking.localDate)} (${when})`;
}
