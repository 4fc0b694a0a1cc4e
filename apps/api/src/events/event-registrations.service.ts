import {
  ConflictException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  eventCheckInOpensMinutesBefore,
  type EventAttendance,
  type EventPass,
  type EventRegistrant,
  type EventRegistrationState,
  type MessageRegistrants,
  type RegisterToEvent,
  type RegistrantsMessageSent,
} from '@admz/shared';
import { generateShortCode } from '../bookings/bookings.service';
import { QrTokensService } from '../check-ins/qr-tokens.service';
import { toQrSvg } from '../check-ins/qr-svg';
import { siteToday } from '../common/site-time';
import { auditActorOf, insertAuditEvent } from '../audit/audit-queries';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { toHttpException } from '../database/database-errors';
import { NotificationsService } from '../notifications/notifications.service';
import type { User } from '../users/user.entity';
import { findEvent, listRegisteredBy, type EventRow } from './event-queries';
import {
  assignShortCode,
  cancelRegistration,
  countAttendance,
  countRegisteredInPerson,
  findRegistrationOf,
  insertMessage,
  insertRegistration,
  listActiveRegistrations,
  listRegistrants,
  lockEventRegistrations,
  promoteWaiting,
} from './registration-queries';

/**
 * Registering to an approved event: in person within its places, then on a waiting list served
 * in order of arrival when someone leaves (mailed); remotely without limit. Each change takes the
 * event's advisory lock, so a count and the insert it decides are one step on any process.
 */
@Injectable()
export class EventRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly qrTokens: QrTokensService,
    private readonly clock: Clock,
  ) {}

  async getState(user: User, eventId: string): Promise<EventRegistrationState> {
    const event = await this.approvedEvent(eventId);
    return this.state(this.dataSource.manager, event, user.id);
  }

  async register(
    user: User,
    eventId: string,
    { mode }: RegisterToEvent,
  ): Promise<EventRegistrationState> {
    const event = await this.approvedEvent(eventId);
    this.refuseStarted(event);
    if (mode === 'remote' && event.visioUrl === null) {
      throw new UnprocessableEntityException(
        'Cet événement ne se suit pas à distance : inscrivez-vous sur place.',
      );
    }
    return this.inTransaction(async (manager) => {
      await lockEventRegistrations(manager, eventId);
      const isFull =
        mode === 'in_person' && (await countRegisteredInPerson(manager, eventId)) >= event.capacity;
      const registrationId = await insertRegistration(manager, {
        eventId,
        userId: user.id,
        mode,
        status: isFull ? 'waiting' : 'registered',
        createdAt: this.clock.now(),
      });
      await this.notifications.enqueue(
        { kind: 'event-registered', registrationId, status: isFull ? 'waiting' : 'registered' },
        manager,
      );
      return this.state(manager, event, user.id);
    });
  }

  async unregister(user: User, eventId: string): Promise<EventRegistrationState> {
    const event = await this.approvedEvent(eventId);
    this.refuseStarted(event);
    return this.inTransaction(async (manager) => {
      await lockEventRegistrations(manager, eventId);
      // Who came stays counted: the door opens before the start, when leaving is still allowed.
      if ((await findRegistrationOf(manager, eventId, user.id))?.checkedInAt) {
        throw new UnprocessableEntityException(
          'Votre arrivée à l’événement est enregistrée : vous ne pouvez plus vous désinscrire.',
        );
      }
      if (!(await this.leave(manager, event, user.id, this.clock.now()))) {
        throw new NotFoundException("Vous n'êtes pas inscrit à cet événement.");
      }
      return this.state(manager, event, user.id);
    });
  }

  /**
   * A person deleting their account leaves the events not started yet, as if they unregistered:
   * the places they free go to who waits. The number of events left.
   */
  async leaveAllForDepartingPerson(userId: string, now: Date): Promise<number> {
    let left = 0;
    for (const event of await listRegisteredBy(this.dataSource, userId, now)) {
      if (event.startsAt <= now) continue;
      const hasLeft = await this.inTransaction((manager) =>
        this.leave(manager, event, userId, now),
      );
      if (hasLeft) left += 1;
    }
    return left;
  }

  /** Cancels the person's registration under the event's lock, promoting who waits; false if none. */
  private async leave(
    manager: EntityManager,
    event: EventRow,
    userId: string,
    now: Date,
  ): Promise<boolean> {
    await lockEventRegistrations(manager, event.id);
    const cancelled = await cancelRegistration(manager, event.id, userId, now);
    if (!cancelled) return false;
    if (cancelled.mode === 'in_person' && cancelled.status === 'registered') {
      const free = event.capacity - (await countRegisteredInPerson(manager, event.id));
      for (const registrationId of await promoteWaiting(manager, event.id, free, now)) {
        await this.notifications.enqueue(
          { kind: 'event-registration-promoted', registrationId },
          manager,
        );
      }
    }
    return true;
  }

  /** The organisers write to everyone registered or waiting: one mail each, the message kept. */
  async messageRegistrants(
    actor: User,
    siteId: string,
    eventId: string,
    message: MessageRegistrants,
  ): Promise<RegistrantsMessageSent> {
    const event = await findEvent(this.dataSource, eventId);
    if (!event || event.siteId !== siteId) {
      throw new NotFoundException("Cet événement n'existe pas sur ce site.");
    }
    if (event.status !== 'approved') {
      throw new ConflictException("Seuls les inscrits d'un événement validé reçoivent un message.");
    }
    return this.inTransaction(async (manager) => {
      const at = this.clock.now();
      const author = auditActorOf(actor);
      const { messageId, recipientIds } = await insertMessage(manager, {
        eventId,
        author,
        subject: message.subject,
        body: message.body,
        createdAt: at,
      });
      await insertAuditEvent(manager, {
        at,
        kind: 'event.registrants-written',
        actor: author,
        siteId,
        subject: event.title,
        after: { messageId, subject: message.subject, recipients: recipientIds.length },
      });
      for (const userId of recipientIds) {
        await this.notifications.enqueue({ kind: 'event-message', messageId, userId }, manager);
      }
      return { recipients: recipientIds.length };
    });
  }

  /** The organisers' list (the site's hosts): registered people, then the waiting list. */
  async listRegistrants(siteId: string, eventId: string): Promise<EventRegistrant[]> {
    const event = await findEvent(this.dataSource, eventId);
    if (!event || event.siteId !== siteId) {
      throw new NotFoundException("Cet événement n'existe pas sur ce site.");
    }
    return listRegistrants(this.dataSource, eventId);
  }

  /**
   * The event pass of a person registered in person: the rotating QR code the kiosk scans at the
   * door, on the event's day until its end; the typed code is given with the first one.
   */
  async getPass(user: User, eventId: string, now = this.clock.now()): Promise<EventPass> {
    const event = await this.approvedEvent(eventId);
    const registration = await findRegistrationOf(this.dataSource, eventId, user.id);
    if (!registration) throw new NotFoundException("Vous n'êtes pas inscrit à cet événement.");
    if (registration.mode === 'remote') {
      throw new UnprocessableEntityException(
        'Vous suivez cet événement à distance : il n’y a pas de pass pour l’accueil sur place.',
      );
    }
    if (registration.status === 'waiting') {
      throw new UnprocessableEntityException(
        'Vous êtes en liste d’attente : le pass vous sera donné si une place se libère.',
      );
    }
    if (event.endsAt <= now) throw new UnprocessableEntityException('Cet événement est terminé.');
    if (siteToday(event.timezone, now) !== event.date) {
      throw new UnprocessableEntityException(
        'Le pass de l’événement s’affiche le jour même : revenez le jour de l’événement.',
      );
    }
    const shortCode = registration.shortCode ?? (await this.giveShortCode(registration.id));
    const validFrom = new Date(event.startsAt.getTime() - eventCheckInOpensMinutesBefore * 60_000);
    const issued = await this.qrTokens.signEventPass(
      {
        registrationId: registration.id,
        siteId: event.siteId,
        validFrom,
        validUntil: event.endsAt,
        givenName: user.givenName,
        eventTitle: event.title,
      },
      now,
    );
    return {
      registrationId: registration.id,
      token: issued.token,
      shortCode,
      qrSvg: await toQrSvg(issued.token),
      validFrom: validFrom.toISOString(),
      validUntil: event.endsAt.toISOString(),
      expiresAt: issued.expiresAt.toISOString(),
      refreshAfter: issued.refreshAfter.toISOString(),
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
    };
  }

  /** For the organisers: how many of the people registered in person came, and the no-shows. */
  async getAttendance(siteId: string, eventId: string): Promise<EventAttendance> {
    const event = await findEvent(this.dataSource, eventId);
    if (!event || event.siteId !== siteId) {
      throw new NotFoundException("Cet événement n'existe pas sur ce site.");
    }
    const { expected, attendees } = await countAttendance(this.dataSource, eventId);
    const isOver = event.endsAt <= this.clock.now();
    return {
      registeredInPerson: expected,
      attendees,
      // A cancelled event had nobody to welcome: no one failed to come.
      noShows: isOver && event.status === 'approved' ? expected - attendees : null,
      isOver,
    };
  }

  /** A fresh typed code; drawn again in the (rare) case it is taken already. */
  private async giveShortCode(registrationId: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const code = await assignShortCode(this.dataSource, registrationId, generateShortCode());
      if (code !== null) return code;
    }
    throw new Error(`no free short code for registration ${registrationId} after 5 draws`);
  }

  private async state(
    manager: EntityManager,
    event: EventRow,
    userId: string,
  ): Promise<EventRegistrationState> {
    const active = await listActiveRegistrations(manager, event.id);
    const waiting = active.filter((registration) => registration.status === 'waiting');
    const mine = active.find((registration) => registration.userId === userId);
    return {
      capacity: event.capacity,
      registeredInPerson: active.filter(
        (registration) => registration.mode === 'in_person' && registration.status === 'registered',
      ).length,
      registeredRemote: active.filter((registration) => registration.mode === 'remote').length,
      waiting: waiting.length,
      mine: mine
        ? {
            mode: mine.mode,
            status: mine.status,
            waitingPosition:
              mine.status === 'waiting'
                ? waiting.findIndex((registration) => registration.id === mine.id) + 1
                : null,
            visioUrl:
              mine.mode === 'remote' && mine.status === 'registered' ? event.visioUrl : null,
          }
        : null,
    };
  }

  private async approvedEvent(eventId: string): Promise<EventRow> {
    const event = await findEvent(this.dataSource, eventId);
    if (!event || event.status !== 'approved') {
      throw new NotFoundException(
        "Cet événement n'existe pas ou n'est pas ouvert aux inscriptions.",
      );
    }
    return event;
  }

  private refuseStarted(event: EventRow): void {
    if (event.startsAt <= this.clock.now()) {
      throw new UnprocessableEntityException(
        'Cet événement a commencé : les inscriptions sont closes.',
      );
    }
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      throw toHttpException(error) ?? error;
    }
  }
}
