import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  addDaysToIsoDate,
  isWithinSiteDates,
  maxEventDaysAhead,
  type AffectedBooking,
  type CancelEvent,
  type CreateHostedEvent,
  type DeclineEvent,
  type Event,
  type EventApproval,
  type MyEventRegistration,
  type ProposeEvent,
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
import { NotificationsService } from '../notifications/notifications.service';
import { Site } from '../sites/site.entity';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import {
  findEvent,
  findZoneOfSite,
  insertEvent,
  listBookingsOverlapping,
  listProposedBy,
  listRegisteredBy,
  listSiteEvents,
  listUpcomingEvents,
  lockDesksOfZone,
  lockEventOfSite,
  setEventCancelled,
  setEventDecision,
  type EventRow,
  type EventSpace,
  type HeldBookingRow,
} from './event-queries';
import { cancelEventHold, findRoomOfSite, insertRoomBooking } from '../rooms/room-queries';
import { cancelBookings } from '../sites/desk-activation-queries';
import { listRegistrationsOf } from './registration-queries';

/** Events shown on an agent's home, across the sites they may book. */
const homeEventLimit = 12;

/**
 * Events at a site: agents propose, the site's hosts approve or decline (with a reason, mailed),
 * or create them directly. An approved event holds its zone by an exclusion constraint; approving
 * one whose zone has desk bookings over its time lists them (409) until the host confirms, then
 * cancels them and tells their holders, in the approval's transaction.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async propose(user: User, siteId: string, input: ProposeEvent): Promise<Event> {
    const eventId = await this.inTransaction((manager) =>
      this.insertProposal(manager, user, siteId, input),
    );
    return this.toResponse(await this.getRow(eventId), user.id, true);
  }

  async createHosted(
    actor: User,
    siteId: string,
    input: CreateHostedEvent,
  ): Promise<EventApproval> {
    return this.inTransaction(async (manager) => {
      const eventId = await this.insertProposal(manager, actor, siteId, input);
      const event = await this.lockEvent(manager, siteId, eventId);
      await insertAuditEvent(manager, {
        at: this.clock.now(),
        kind: 'event.created',
        actor: auditActorOf(actor),
        siteId,
        subject: event.title,
        after: {
          eventId,
          [event.space.kind]: event.space.name,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
        },
      });
      return this.approveLocked(manager, actor, event, input.confirm);
    });
  }

  async approve(
    actor: User,
    siteId: string,
    eventId: string,
    isConfirmed: boolean,
  ): Promise<EventApproval> {
    return this.inTransaction(async (manager) => {
      const event = await this.lockEvent(manager, siteId, eventId);
      if (event.status !== 'proposed') throw this.alreadyDecided(event);
      return this.approveLocked(manager, actor, event, isConfirmed);
    });
  }

  async decline(
    actor: User,
    siteId: string,
    eventId: string,
    { reason }: DeclineEvent,
  ): Promise<Event> {
    await this.inTransaction(async (manager) => {
      const event = await this.lockEvent(manager, siteId, eventId);
      if (event.status !== 'proposed') throw this.alreadyDecided(event);
      const at = this.clock.now();
      await setEventDecision(manager, eventId, {
        status: 'declined',
        reason,
        by: actor.id,
        at,
      });
      await insertAuditEvent(manager, {
        at,
        kind: 'event.declined',
        actor: auditActorOf(actor),
        siteId,
        subject: event.title,
        before: { status: 'proposed' },
        after: { status: 'declined', reason },
      });
      await this.notifications.enqueue({ kind: 'event-declined', eventId }, manager);
    });
    return this.toResponse(await this.getRow(eventId), actor.id, true);
  }

  /**
   * Cancels an approved event: its zone is free again (only approved events hold it), and each
   * person registered or waiting, and who proposed it, is mailed the reason.
   */
  async cancel(
    actor: User,
    siteId: string,
    eventId: string,
    { reason }: CancelEvent,
  ): Promise<Event> {
    await this.inTransaction(async (manager) => {
      const event = await this.lockEvent(manager, siteId, eventId);
      if (event.status !== 'approved') {
        throw new ConflictException(
          event.status === 'cancelled'
            ? 'Cet événement est déjà annulé.'
            : "Seul un événement validé s'annule : refusez plutôt cette proposition.",
        );
      }
      if (event.endsAt <= this.clock.now()) {
        throw new UnprocessableEntityException('Cet événement est terminé : il ne s’annule plus.');
      }
      const at = this.clock.now();
      const registrants = await setEventCancelled(manager, eventId, { reason, at });
      // The room it held is free again (a zone is freed by the status alone).
      await cancelEventHold(manager, eventId, at);
      await insertAuditEvent(manager, {
        at,
        kind: 'event.cancelled',
        actor: auditActorOf(actor),
        siteId,
        subject: event.title,
        before: { status: 'approved' },
        after: { status: 'cancelled', reason, registrantsTold: registrants.length },
      });
      const told = new Set(registrants);
      if (event.proposer) told.add(event.proposer.userId);
      told.delete(actor.id);
      for (const userId of told) {
        await this.notifications.enqueue({ kind: 'event-cancelled', eventId, userId }, manager);
      }
    });
    return this.toResponse(await this.getRow(eventId), actor.id, true);
  }

  /** One event: an approved one for every agent; a proposal for who proposed it and the hosts. */
  async getEvent(context: CurrentUserContext, eventId: string): Promise<Event> {
    const event = await findEvent(this.dataSource, eventId);
    const isHost = event !== null && this.hosts(context, event.siteId);
    const isMine = event?.proposer?.userId === context.user.id;
    if (!event || (event.status !== 'approved' && !isHost && !isMine)) {
      throw new NotFoundException("Cet événement n'existe pas ou n'est pas encore publié.");
    }
    return this.toResponse(event, context.user.id, isHost || isMine);
  }

  /** The site's agenda: its approved events not over yet. */
  async listAgenda(context: CurrentUserContext, siteId: string): Promise<Event[]> {
    await this.sites.getSite(siteId);
    const isHost = this.hosts(context, siteId);
    const events = await listSiteEvents(this.dataSource, siteId, ['approved'], this.clock.now());
    return events.map((event) =>
      this.toResponse(event, context.user.id, isHost || event.proposer?.userId === context.user.id),
    );
  }

  /** The hosts' queue: proposals of the site waiting for a decision, soonest first. */
  async listPending(user: User, siteId: string): Promise<Event[]> {
    await this.sites.getSite(siteId);
    const events = await listSiteEvents(this.dataSource, siteId, ['proposed'], this.clock.now());
    return events.map((event) => this.toResponse(event, user.id, true));
  }

  /** Approved events to come at the sites the person may book: their home page. */
  async listUpcoming(context: CurrentUserContext): Promise<Event[]> {
    const siteIds = (await this.sites.listSites(context)).map((site) => site.id);
    const events = await listUpcomingEvents(
      this.dataSource,
      siteIds,
      this.clock.now(),
      homeEventLimit,
    );
    return events.map((event) =>
      this.toResponse(
        event,
        context.user.id,
        this.hosts(context, event.siteId) || event.proposer?.userId === context.user.id,
      ),
    );
  }

  /** « Mes événements »: what the person registered to or waits for, with their registration. */
  async listRegistered(context: CurrentUserContext): Promise<MyEventRegistration[]> {
    const events = await listRegisteredBy(this.dataSource, context.user.id, this.clock.now());
    const registrations = await listRegistrationsOf(
      this.dataSource,
      context.user.id,
      events.map((event) => event.id),
    );
    return events.flatMap((event) => {
      const registration = registrations.find((item) => item.eventId === event.id);
      if (!registration) return [];
      const isOrganiser =
        this.hosts(context, event.siteId) || event.proposer?.userId === context.user.id;
      const isRemote = registration.mode === 'remote' && registration.status === 'registered';
      return [
        {
          event: this.toResponse(event, context.user.id, isOrganiser),
          registration: {
            mode: registration.mode,
            status: registration.status,
            waitingPosition: registration.waitingPosition,
            visioUrl: isRemote ? event.visioUrl : null,
          },
        },
      ];
    });
  }

  /** What the person proposed, not over yet, whatever became of it. */
  async listMine(user: User): Promise<Event[]> {
    const events = await listProposedBy(this.dataSource, user.id, this.clock.now());
    return events.map((event) => this.toResponse(event, user.id, true));
  }

  private async insertProposal(
    manager: EntityManager,
    user: User,
    siteId: string,
    input: ProposeEvent,
  ): Promise<string> {
    // Through the transaction's connection: on the embedded database another one would wait for it.
    const site = await manager.findOneBy(Site, { id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    if (site.archivedAt !== null) {
      throw new UnprocessableEntityException(
        "Ce site est archivé : il n'accueille plus d'événements.",
      );
    }
    const outsideTour = eventOutsideSiteDates(site, input.date);
    if (outsideTour) throw new UnprocessableEntityException(outsideTour);
    const space = await this.findSpace(manager, siteId, input);
    const now = this.clock.now();
    const startsAt = this.siteInstant(input.date, input.startTime, site.timezone, 'début');
    const endsAt = this.siteInstant(input.date, input.endTime, site.timezone, 'fin');
    if (startsAt <= now) {
      throw new UnprocessableEntityException(
        "Cet horaire est déjà passé : proposez l'événement à une date à venir.",
      );
    }
    const lastDay = addDaysToIsoDate(siteToday(site.timezone, now), maxEventDaysAhead);
    if (input.date > lastDay) {
      throw new UnprocessableEntityException(
        `Un événement se propose au plus ${maxEventDaysAhead} jours à l'avance.`,
      );
    }
    return insertEvent(manager, {
      siteId,
      zoneId: space.kind === 'zone' ? space.id : null,
      roomId: space.kind === 'room' ? space.id : null,
      title: input.title,
      description: input.description,
      type: input.type,
      themes: input.themes,
      date: input.date,
      startsAt,
      endsAt,
      capacity: input.capacity,
      visioUrl: input.visioUrl,
      audience: input.audience,
      proposedByUserId: user.id,
      createdAt: now,
    });
  }

  /** The zone, or the active room, of the site the event asks for; its capacity fits the room. */
  private async findSpace(
    manager: EntityManager,
    siteId: string,
    input: ProposeEvent,
  ): Promise<EventSpace> {
    if (input.roomId !== undefined) {
      const room = await findRoomOfSite(manager, siteId, input.roomId);
      if (!room || !room.isActive) {
        throw new UnprocessableEntityException(
          "Cette salle n'existe pas sur ce site ou n'est plus proposée à la réservation.",
        );
      }
      if (input.capacity > room.capacity) {
        throw new UnprocessableEntityException(
          `${room.name} accueille au plus ${room.capacity} personnes : réduisez le nombre de places ou choisissez une zone.`,
        );
      }
      return { kind: 'room', id: room.id, name: room.name };
    }
    const zone = input.zoneId ? await findZoneOfSite(manager, siteId, input.zoneId) : null;
    if (!zone) throw new UnprocessableEntityException("Cette zone n'existe pas sur ce site.");
    return { kind: 'zone', id: zone.id, name: zone.name };
  }

  /**
   * Holds the event's room for its time, through a `room_bookings` row of its own: a group
   * booking or another event there meets the same exclusion constraint (409 naming the room).
   */
  private async holdRoom(manager: EntityManager, event: EventRow, now: Date): Promise<void> {
    try {
      await insertRoomBooking(manager, {
        roomId: event.space.id,
        siteId: event.siteId,
        date: event.date,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        title: event.title,
        headcount: event.capacity,
        bookedByUserId: null,
        eventId: event.id,
        createdAt: now,
      });
    } catch (error) {
      throw toHttpException(error, { roomName: event.space.name }) ?? error;
    }
  }

  /**
   * Approves a locked proposal. The zone's desks are locked first, so that no booking of them
   * lands between the list below and the commit; the exclusion constraint refuses a second event.
   */
  private async approveLocked(
    manager: EntityManager,
    actor: User,
    event: EventRow,
    isConfirmed: boolean,
  ): Promise<EventApproval> {
    const now = this.clock.now();
    if (event.startsAt <= now) {
      throw new UnprocessableEntityException(
        'Cet événement a déjà commencé : il ne peut plus être validé.',
      );
    }
    if (event.space.kind === 'room') {
      await setEventDecision(manager, event.id, {
        status: 'approved',
        reason: null,
        by: actor.id,
        at: now,
      });
      await this.holdRoom(manager, event, now);
      return this.finishApproval(manager, actor, event, [], []);
    }
    const deskIds = await lockDesksOfZone(manager, event.space.id);
    const affected = (
      await listBookingsOverlapping(manager, deskIds, event.startsAt, event.endsAt)
    ).map((booking) => toAffectedBooking(booking, event.timezone));
    if (affected.length > 0 && !isConfirmed) {
      const count = affected.length;
      throw new ConflictException({
        message:
          `Valider cet événement annulerait ${count} réservation${count > 1 ? 's' : ''} de poste dans la zone ${event.space.name}. ` +
          'Vérifiez la liste, puis confirmez pour les annuler et prévenir les personnes concernées.',
        affectedBookings: affected,
      });
    }
    await setEventDecision(manager, event.id, {
      status: 'approved',
      reason: null,
      by: actor.id,
      at: now,
    });
    const cancelled = await cancelBookings(
      manager,
      affected.map((booking) => booking.bookingId),
      now,
    );
    const cancelledIds = cancelled.map((booking) => booking.id);
    return this.finishApproval(manager, actor, event, affected, cancelledIds);
  }

  /** The audit line, the mails and the answer of an approval, whatever space it holds. */
  private async finishApproval(
    manager: EntityManager,
    actor: User,
    event: EventRow,
    affected: AffectedBooking[],
    cancelledIds: string[],
  ): Promise<EventApproval> {
    const now = this.clock.now();
    await insertAuditEvent(manager, {
      at: now,
      kind: 'event.approved',
      actor: auditActorOf(actor),
      siteId: event.siteId,
      subject: event.title,
      before: { status: 'proposed' },
      after: {
        status: 'approved',
        [event.space.kind]: event.space.name,
        cancelledBookingIds: cancelledIds,
      },
    });
    await this.notifications.eventSpaceHeld(event.siteId, event.id, cancelledIds, manager);
    if (event.proposer && event.proposer.userId !== actor.id) {
      await this.notifications.enqueue({ kind: 'event-approved', eventId: event.id }, manager);
    }
    const approved = await lockEventOfSite(manager, event.siteId, event.id);
    if (!approved) throw new NotFoundException("Cet événement n'existe pas sur ce site.");
    return {
      event: this.toResponse(approved, actor.id, true),
      cancelledBookings: affected.filter((booking) => cancelledIds.includes(booking.bookingId)),
    };
  }

  private siteInstant(date: string, time: string, timezone: string, what: string): Date {
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

  private async lockEvent(
    manager: EntityManager,
    siteId: string,
    eventId: string,
  ): Promise<EventRow> {
    const event = await lockEventOfSite(manager, siteId, eventId);
    if (!event) throw new NotFoundException("Cet événement n'existe pas sur ce site.");
    return event;
  }

  private async getRow(eventId: string): Promise<EventRow> {
    const event = await findEvent(this.dataSource, eventId);
    if (!event) throw new NotFoundException("Cet événement n'existe pas.");
    return event;
  }

  private alreadyDecided(event: EventRow): ConflictException {
    return new ConflictException(
      event.status === 'approved'
        ? 'Cet événement est déjà validé.'
        : event.status === 'declined'
          ? 'Cette proposition a déjà été refusée.'
          : 'Cet événement est annulé.',
    );
  }

  private hosts({ user, hostedSiteIds }: CurrentUserContext, siteId: string): boolean {
    return user.isAdmin || hostedSiteIds.includes(siteId);
  }

  /** The wire shape; the visio link only for who organises it (registrants will get it by mail). */
  private toResponse(event: EventRow, viewerId: string, isOrganiser: boolean): Event {
    return {
      id: event.id,
      siteId: event.siteId,
      siteName: event.siteName,
      timezone: event.timezone,
      title: event.title,
      description: event.description,
      type: event.type,
      themes: event.themes,
      date: event.date,
      startTime: formatSiteTime(event.startsAt, event.timezone),
      endTime: formatSiteTime(event.endsAt, event.timezone),
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      space: event.space,
      capacity: event.capacity,
      hasVisio: event.visioUrl !== null,
      visioUrl: isOrganiser ? event.visioUrl : null,
      audience: event.audience,
      status: event.status,
      declineReason: isOrganiser ? event.declineReason : null,
      proposedBy: event.proposer
        ? { givenName: event.proposer.givenName, usualName: event.proposer.usualName }
        : null,
      isMine: event.proposer?.userId === viewerId,
      canOrganise: isOrganiser,
      createdAt: event.createdAt.toISOString(),
    };
  }

  /** A transaction whose database refusals (the zone taken meanwhile…) become sentences. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
  }
}

/** Why a temporary site (a tour day) takes no event on `date`, or null within its dates. */
function eventOutsideSiteDates(site: Site, date: string): string | null {
  if (isWithinSiteDates(site, date) || site.startsOn === null || site.endsOn === null) return null;
  const period =
    site.startsOn === site.endsOn
      ? `que le ${formatFrenchDate(site.startsOn)}`
      : `que du ${formatFrenchDate(site.startsOn)} au ${formatFrenchDate(site.endsOn)}`;
  return `${site.name} est un site itinérant : il n'accueille d'événement ${period}. Choisissez un jour dans cette période.`;
}

function toAffectedBooking(booking: HeldBookingRow, timezone: string): AffectedBooking {
  return {
    bookingId: booking.id,
    person: { givenName: booking.givenName, usualName: booking.usualName, email: booking.email },
    desk: { label: booking.label, zone: booking.zone },
    date: booking.date,
    localStart: formatSiteTime(booking.startsAt, timezone),
    localEnd: formatSiteTime(booking.endsAt, timezone),
  };
}
