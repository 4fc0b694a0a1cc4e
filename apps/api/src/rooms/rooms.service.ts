import {
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  addDaysToIsoDate,
  formatMinutes,
  minRoomBookingMinutes,
  type CreateRoom,
  type CreateRoomBooking,
  type Room,
  type RoomBooking,
  type RoomDayAvailability,
  type RoomRules,
  type UpdateRoom,
} from '@admz/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import type { CurrentUserContext } from '../auth/access.decorators';
import { Clock } from '../common/clock';
import {
  formatFrenchDate,
  formatSiteTime,
  resolveSiteLocalTime,
  siteToday,
} from '../common/site-time';
import { toHttpException } from '../database/database-errors';
import type { Queryable } from '../database/typed-query';
import { NotificationsService } from '../notifications/notifications.service';
import { describeRanges, isWithinOneRange } from '../sites/site-schedule';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import {
  cancelRoomBooking,
  countUpcomingBookedBy,
  findRoom,
  findRoomBooking,
  findRoomOfSite,
  insertAttendees,
  insertRoom,
  insertRoomBooking,
  listBusyOnDay,
  listRoomBookingsOf,
  listSiteRoomBookingsOnDay,
  listRooms,
  listUpcomingIdsBookedBy,
  lockPersonRoomBookings,
  readRoomRules,
  upsertRoomRules,
  updateRoom,
  type RoomBookingRow,
  type RoomRow,
} from './room-queries';

const minutesBetween = (from: Date, to: Date) =>
  Math.round((to.getTime() - from.getTime()) / 60_000);

/**
 * Rooms and large tables of a site, booked by the hour for a group. The site's hosts manage
 * them; any agent books one within the site's hours and its room rules. The exclusion
 * constraint of `room_bookings` decides overlaps (events hold rooms through the same table); the
 * per-person limit is counted under the person's advisory lock, so it holds under concurrency.
 */
@Injectable()
export class RoomsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /** A site's rooms: the active ones for agents, all of them for its hosts. */
  async listRooms(context: CurrentUserContext, siteId: string): Promise<Room[]> {
    await this.sites.getSite(siteId);
    const rooms = await listRooms(this.dataSource, siteId, {
      activeOnly: !this.hosts(context, siteId),
    });
    return rooms.map(toRoom);
  }

  async createRoom(actor: User, siteId: string, input: CreateRoom): Promise<Room> {
    await this.sites.getSite(siteId);
    return this.inTransaction(async (manager) => {
      const room = await insertRoom(manager, {
        siteId,
        ...input,
        createdAt: this.clock.now(),
      });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'room.created',
        actor: auditActorOf(actor),
        siteId,
        subject: room.name,
        after: { kind: room.kind, capacity: room.capacity, equipment: room.equipment },
      });
      return toRoom(room);
    });
  }

  /**
   * Changes a room. Taking it out of booking (`isActive: false`) keeps the bookings already made:
   * they still take place; nobody can book it any more.
   */
  async updateRoom(actor: User, siteId: string, roomId: string, input: UpdateRoom): Promise<Room> {
    return this.inTransaction(async (manager) => {
      const room = await findRoomOfSite(manager, siteId, roomId, { lock: true });
      if (!room) throw new NotFoundException("Cette salle n'existe pas sur ce site.");
      const changed = await updateRoom(manager, {
        ...room,
        ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
      });
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'room.updated',
        actor: auditActorOf(actor),
        siteId,
        subject: changed.name,
        before: roomAuditFields(room),
        after: roomAuditFields(changed),
      });
      return toRoom(changed);
    });
  }

  /** The site's room rules, the defaults where its hosts set none. */
  async getRules(siteId: string, db: Queryable = this.dataSource.manager): Promise<RoomRules> {
    await this.sites.getSite(siteId);
    return readRoomRules(db, siteId);
  }

  /** Its hosts change them, with the audit entry, in one transaction; bookings made stay. */
  async updateRules(actor: User, siteId: string, input: RoomRules): Promise<RoomRules> {
    await this.sites.getSite(siteId);
    return this.inTransaction(async (manager) => {
      const before = await readRoomRules(manager, siteId);
      await upsertRoomRules(manager, siteId, input);
      const after = await readRoomRules(manager, siteId);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'room-rules.updated',
        actor: auditActorOf(actor),
        siteId,
        subject: 'Règles des salles',
        before,
        after,
      });
      return after;
    });
  }

  /** A day of the site: its hours, its room rules, each active room and when it is taken. */
  async getDayAvailability(
    context: CurrentUserContext,
    siteId: string,
    date: string,
  ): Promise<RoomDayAvailability> {
    const { site, schedule } = await this.sites.loadSiteDay(siteId, date, null, context.user.id);
    const [rooms, busy, rules] = await Promise.all([
      listRooms(this.dataSource, siteId, { activeOnly: true }),
      listBusyOnDay(this.dataSource, siteId, date),
      readRoomRules(this.dataSource, siteId),
    ]);
    return {
      siteId,
      date,
      timezone: site.timezone,
      hours: schedule.isOpen ? schedule.hours : null,
      closedReason: schedule.isOpen ? null : schedule.closedReason,
      rules,
      rooms: rooms.map((room) => ({
        ...toRoom(room),
        busy: busy
          .filter((interval) => interval.room_id === room.id)
          .map((interval) => ({
            startTime: formatSiteTime(interval.starts_at, site.timezone),
            endTime: formatSiteTime(interval.ends_at, site.timezone),
            kind: interval.event_id === null ? ('booking' as const) : ('event' as const),
          })),
      })),
    };
  }

  /**
   * Books a room for a group. Every rule is checked first for a clear sentence; the per-person
   * limit is counted under the person's lock; the exclusion constraint decides any overlap.
   */
  async book(context: CurrentUserContext, input: CreateRoomBooking): Promise<RoomBooking> {
    const { user } = context;
    const room = await findRoom(this.dataSource, input.roomId);
    if (!room || !room.isActive) {
      throw new NotFoundException(
        "Cette salle n'existe pas ou n'est plus proposée à la réservation.",
      );
    }
    const { site, schedule } = await this.sites.loadSiteDay(room.siteId, input.date, null, user.id);
    if (!schedule.isOpen) throw new UnprocessableEntityException(schedule.closedReason);
    if (!isWithinOneRange(schedule.ranges, input.startTime, input.endTime)) {
      throw new UnprocessableEntityException(
        `${room.name} se réserve pendant les heures d'ouverture du site ce jour-là : ${describeRanges(schedule.ranges)}.`,
      );
    }
    if (input.headcount > room.capacity) {
      throw new UnprocessableEntityException(
        `${room.name} accueille au plus ${room.capacity} personnes : choisissez une salle plus grande.`,
      );
    }
    const rules = await readRoomRules(this.dataSource, site.id);
    const startsAt = siteInstant(input.date, input.startTime, site.timezone, 'début');
    const endsAt = siteInstant(input.date, input.endTime, site.timezone, 'fin');
    const minutes = minutesBetween(startsAt, endsAt);
    if (minutes < minRoomBookingMinutes) {
      throw new UnprocessableEntityException(
        `Une salle se réserve au moins ${formatMinutes(minRoomBookingMinutes)}.`,
      );
    }
    if (minutes > rules.maxDurationMinutes) {
      throw new UnprocessableEntityException(
        `Une salle se réserve au plus ${formatMinutes(rules.maxDurationMinutes)} d'affilée sur ce site.`,
      );
    }
    const now = this.clock.now();
    if (startsAt <= now) {
      throw new UnprocessableEntityException(
        'Ce créneau a déjà commencé : choisissez un horaire à venir.',
      );
    }
    const lastDay = addDaysToIsoDate(siteToday(site.timezone, now), rules.maxDaysAhead);
    if (input.date > lastDay) {
      throw new UnprocessableEntityException(
        `Une salle se réserve au plus ${rules.maxDaysAhead} jours à l'avance sur ce site (jusqu'au ${formatFrenchDate(lastDay)}).`,
      );
    }
    const attendees = input.attendeeEmails.filter(
      (email) => email !== user.email.trim().toLowerCase(),
    );
    const bookingId = await this.inTransaction(
      async (manager) => {
        await lockPersonRoomBookings(manager, user.id);
        const upcoming = await countUpcomingBookedBy(manager, user.id, now);
        if (upcoming >= rules.maxUpcomingPerPerson) {
          throw new UnprocessableEntityException(
            `Vous avez déjà ${upcoming} réservation${upcoming > 1 ? 's' : ''} de salle à venir : c'est le maximum. Annulez-en une pour en faire une autre.`,
          );
        }
        const id = await insertRoomBooking(manager, {
          roomId: room.id,
          siteId: site.id,
          date: input.date,
          startsAt,
          endsAt,
          title: input.title,
          headcount: input.headcount,
          bookedByUserId: user.id,
          eventId: null,
          createdAt: now,
        });
        await insertAttendees(manager, id, attendees);
        for (const email of [user.email, ...attendees]) {
          await this.notifications.enqueue(
            { kind: 'room-booking-confirmed', roomBookingId: id, email },
            manager,
          );
        }
        return id;
      },
      { roomName: room.name },
    );
    return this.toResponse(await this.getRow(bookingId), user.id);
  }

  /** Group bookings to come the person booked or is named in. */
  async listMine(user: User): Promise<RoomBooking[]> {
    const rows = await listRoomBookingsOf(this.dataSource, user.id, this.clock.now());
    return rows.map((row) => this.toResponse(row, user.id));
  }

  /** A site's room bookings of a day, event holds included (hosts). */
  async listSiteBookings(user: User, siteId: string, date: string): Promise<RoomBooking[]> {
    await this.sites.getSite(siteId);
    const bookings = await listSiteRoomBookingsOnDay(this.dataSource, siteId, date);
    return bookings.map((booking) => this.toResponse(booking, user.id));
  }

  /** Who booked it cancels it; the people named are told. */
  async cancelMine(user: User, bookingId: string): Promise<RoomBooking> {
    const booking = await findRoomBooking(this.dataSource, bookingId);
    const isNamed = booking?.attendeeEmails.includes(user.email.trim().toLowerCase()) ?? false;
    if (!booking || booking.eventId !== null || (booking.booker?.userId !== user.id && !isNamed)) {
      throw new NotFoundException("Cette réservation de salle n'existe pas.");
    }
    if (booking.booker?.userId !== user.id) {
      throw new ForbiddenException(
        'Seule la personne qui a réservé la salle peut annuler cette réservation.',
      );
    }
    return this.cancel(user, booking, false);
  }

  /** A host of the site cancels any group booking of it; who booked it and the people named are told. */
  async cancelAsHost(actor: User, siteId: string, bookingId: string): Promise<RoomBooking> {
    const booking = await findRoomBooking(this.dataSource, bookingId);
    if (!booking || booking.siteId !== siteId) {
      throw new NotFoundException("Cette réservation de salle n'existe pas sur ce site.");
    }
    if (booking.eventId !== null) {
      throw new UnprocessableEntityException(
        "Cette salle est tenue par un événement : annulez l'événement pour la libérer.",
      );
    }
    return this.cancel(actor, booking, true);
  }

  /** Account deletion: the person's group bookings to come are cancelled, the people named told. */
  async cancelForDepartingPerson(user: User, now: Date): Promise<number> {
    const ids = await listUpcomingIdsBookedBy(this.dataSource, user.id, now);
    let cancelled = 0;
    for (const id of ids) {
      const booking = await findRoomBooking(this.dataSource, id);
      if (!booking) continue;
      await this.dataSource.transaction(async (manager) => {
        if (!(await cancelRoomBooking(manager, id, now))) return;
        cancelled += 1;
        for (const email of booking.attendeeEmails) {
          await this.notifications.enqueue(
            { kind: 'room-booking-cancelled', roomBookingId: id, email, isByHost: false },
            manager,
          );
        }
      });
    }
    return cancelled;
  }

  private async cancel(actor: User, booking: RoomBookingRow, isByHost: boolean) {
    const now = this.clock.now();
    if (booking.status === 'cancelled') {
      throw new UnprocessableEntityException('Cette réservation de salle est déjà annulée.');
    }
    if (booking.endsAt <= now) {
      throw new UnprocessableEntityException('Cette réunion est terminée : elle ne s’annule plus.');
    }
    await this.inTransaction(async (manager) => {
      if (!(await cancelRoomBooking(manager, booking.id, now))) {
        throw new UnprocessableEntityException('Cette réservation de salle est déjà annulée.');
      }
      if (isByHost) {
        await insertAuditEvent(manager, {
          at: now,
          kind: 'room-booking.cancelled',
          actor: auditActorOf(actor),
          siteId: booking.siteId,
          subject: `${booking.room.name} — ${booking.title}`,
          before: { status: 'confirmed', startsAt: booking.startsAt, endsAt: booking.endsAt },
          after: { status: 'cancelled' },
        });
      }
      const told = [...(booking.booker ? [booking.booker.email] : []), ...booking.attendeeEmails];
      for (const email of told) {
        if (email.toLowerCase() === actor.email.toLowerCase() && !isByHost) continue;
        await this.notifications.enqueue(
          { kind: 'room-booking-cancelled', roomBookingId: booking.id, email, isByHost },
          manager,
        );
      }
    });
    return this.toResponse(await this.getRow(booking.id), actor.id);
  }

  private async getRow(bookingId: string): Promise<RoomBookingRow> {
    const booking = await findRoomBooking(this.dataSource, bookingId);
    if (!booking) throw new NotFoundException("Cette réservation de salle n'existe pas.");
    return booking;
  }

  private hosts({ user, hostedSiteIds }: CurrentUserContext, siteId: string): boolean {
    return user.isAdmin || hostedSiteIds.includes(siteId);
  }

  private toResponse(booking: RoomBookingRow, viewerId: string): RoomBooking {
    return {
      id: booking.id,
      room: booking.room,
      siteId: booking.siteId,
      siteName: booking.siteName,
      timezone: booking.timezone,
      date: booking.date,
      startTime: formatSiteTime(booking.startsAt, booking.timezone),
      endTime: formatSiteTime(booking.endsAt, booking.timezone),
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      title: booking.title,
      headcount: booking.headcount,
      status: booking.status,
      bookedBy: booking.booker
        ? { givenName: booking.booker.givenName, usualName: booking.booker.usualName }
        : null,
      attendeeEmails: booking.attendeeEmails,
      isMine: booking.booker?.userId === viewerId,
    };
  }

  /** A transaction whose database refusals (the room taken meanwhile…) become sentences. */
  private async inTransaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    details: { roomName?: string } = {},
  ): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw toHttpException(error, details) ?? error;
    }
  }
}

/** The instant of a site-local time; a time skipped by DST is refused in a sentence. */
export function siteInstant(date: string, time: string, timezone: string, what: string): Date {
  const local = resolveSiteLocalTime(date, time, timezone);
  switch (local.kind) {
    case 'unique':
      return local.instant;
    case 'repeated':
      return local.earlier;
    case 'skipped':
      throw new UnprocessableEntityException(
        `L'heure de ${what} (${time}) n'existe pas ce jour-là sur le site (passage à l'heure d'été) : choisissez-en une autre.`,
      );
  }
}

function toRoom(room: RoomRow): Room {
  return {
    id: room.id,
    siteId: room.siteId,
    name: room.name,
    kind: room.kind,
    capacity: room.capacity,
    equipment: room.equipment,
    isActive: room.isActive,
  };
}

function roomAuditFields(room: RoomRow) {
  return {
    name: room.name,
    kind: room.kind,
    capacity: room.capacity,
    equipment: room.equipment,
    isActive: room.isActive,
  };
}
