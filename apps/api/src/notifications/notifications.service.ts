import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  activeBookingStatuses,
  formatMinutes,
  isWithinSiteDates,
  normalizeShortCode,
  slotLabels,
} from '@admz/shared';
import { In, type EntityManager, type Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import {
  buildBookingInvitation,
  buildEventInvitation,
  buildRoomBookingInvitation,
  type BookingEventInput,
} from '../calendar-feeds/booking-events';
import { QrTokensService, bookingTokenInput } from '../check-ins/qr-tokens.service';
import { formatFrenchDate, formatSiteTime } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import {
  bookingBookedByHostMail,
  bookingCancelledByHostMail,
  bookingCancelledMail,
  bookingReleasedMail,
  bookingConfirmedMail,
  seriesConfirmedMail,
  bookingReminderMail,
  hoursChangedMail,
  desksDeactivatedMail,
  siteArchivedMail,
  eventApprovedMail,
  eventCancelledMail,
  eventDeclinedMail,
  eventMessageMail,
  eventRegisteredMail,
  eventVisioLinkMail,
  eventRegistrationPromotedMail,
  eventSpaceHeldMail,
  roomBookingCancelledMail,
  roomBookingConfirmedMail,
  waitlistPromotedMail,
  type RoomBookingMailView,
  type EventMailView,
  type BookingMailView,
  type MailContent,
} from '../mail/mail-templates';
import { JobsService, type PlannedStatement, type RunningJob } from '../jobs/jobs.service';
import { jobQueues } from '../jobs/job-queues';
import { MailService, type Mail, type MailAttachment } from '../mail/mail.service';
import { renderQrCodePng } from '../mail/qr-code-png';
import type { Notification } from './notification';
import { composeGuestMail } from '../guests/guest-mails';
import { findBookingActorName } from '../today-board/today-board-queries';
import { findCancelReason, findEventForMail, spaceLabel } from '../events/event-queries';
import { User } from '../users/user.entity';
import { findMessageForMail, findRegistrationForMail } from '../events/registration-queries';
import { findGivenNameByEmail, findRoomBooking } from '../rooms/room-queries';
import { z } from 'zod';
import { column, queryRows } from '../database/typed-query';

type LoadedBooking = Booking & Required<Pick<Booking, 'site' | 'desk' | 'user'>>;

/** Loaded with its site, desk and person — who may have deleted their account meanwhile. */
const hasPerson = (booking: Booking): booking is LoadedBooking =>
  Boolean(booking.site && booking.desk && booking.user);

const qrCid = 'qr-code@admz';

/** Attempts after the first when the SMTP server fails; their waits double (about a day in all). */
const mailRetryLimit = 10;
/** Pollers of the mail queue in each process that runs workers. */
const mailWorkers = 4;
/**
 * Mails each poller takes at once, composed side by side: 4 × 10 mails in flight per process
 * keep the SMTP connections busy while the QR images and invitations are drawn; a poller fetches
 * again once its whole batch is done, so smaller batches wait less for their slowest mail.
 */
const mailBatchSize = 10;

/**
 * What AdmZ tells people, by mail. A change enqueues one mail job per mail (ids, not text), in
 * its own transaction when it has one; a pg-boss worker on any process composes the mail from
 * the database and sends it, and the job completes only once the SMTP server accepted it.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly qrTokens: QrTokensService,
    private readonly mail: MailService,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    // Many at once: each waits for the SMTP server's answer, and a run of bookings or a change
    // of hours may mail thousands.
    await this.jobs.work<Notification>(
      jobQueues.notify,
      (notification, job) => this.deliver(notification, job),
      { workers: mailWorkers, batchSize: mailBatchSize, yieldsToRequests: true },
    );
  }

  /**
   * Enqueues one mail. Given the transaction of the change that causes it, the mail is sent if
   * and only if the change commits (an error fails the change). Without one — the change has
   * committed already — an error is logged, never thrown at the caller.
   */
  async enqueue(notification: Notification, transaction?: EntityManager): Promise<void> {
    const options = this.mailJobOptions();
    if (transaction) {
      await this.jobs.send<Notification>(jobQueues.notify, notification, {
        ...options,
        transaction,
      });
      return;
    }
    try {
      await this.jobs.send<Notification>(jobQueues.notify, notification, options);
    } catch (error) {
      this.logger.error(
        `Notification not queued (${notification.kind}): ${(error as Error).message}`,
      );
    }
  }

  /**
   * The statement that enqueues one mail, for a change that runs it in its own statement: the
   * mail is sent if and only if that statement commits (see JobsService.planSend).
   */
  planEnqueue(notification: Notification): Promise<PlannedStatement> {
    return this.jobs.planSend<Notification>(jobQueues.notify, notification, this.mailJobOptions());
  }

  private mailJobOptions() {
    return {
      retryLimit: mailRetryLimit,
      retryDelay: this.config.mail.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.config.mail.sendTimeoutSeconds,
    };
  }

  async bookingConfirmed(bookingId: string, transaction?: EntityManager): Promise<void> {
    await this.enqueue({ kind: 'booking-confirmed', bookingId }, transaction);
  }

  async bookingCancelled(bookingId: string, transaction?: EntityManager): Promise<void> {
    await this.enqueue({ kind: 'booking-cancelled', bookingId }, transaction);
  }

  /** The booking was released because nobody checked in within the site's delay. */
  async bookingReleased(
    bookingId: string,
    releaseMinutes: number,
    transaction?: EntityManager,
  ): Promise<void> {
    await this.enqueue({ kind: 'booking-released', bookingId, releaseMinutes }, transaction);
  }

  async waitlistPromoted(bookingId: string, transaction?: EntityManager): Promise<void> {
    await this.enqueue({ kind: 'waitlist-promoted', bookingId }, transaction);
  }

  async bookingReminder(bookingId: string, transaction?: EntityManager): Promise<void> {
    await this.enqueue({ kind: 'booking-reminder', bookingId }, transaction);
  }

  /**
   * Bookings cancelled because their site's hours changed (the host confirmed it): one mail per
   * person, listing their bookings.
   */
  async hoursChanged(
    siteId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<void> {
    await this.enqueuePerHolder('hours-changed', siteId, cancelledBookingIds, transaction);
  }

  /** Bookings cancelled because their desks were deactivated: one mail per person. */
  async desksDeactivated(
    siteId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<void> {
    await this.enqueuePerHolder('desks-deactivated', siteId, cancelledBookingIds, transaction);
  }

  /** Bookings cancelled because their site was archived: one mail per person. */
  async siteArchived(
    siteId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<void> {
    await this.enqueuePerHolder('site-archived', siteId, cancelledBookingIds, transaction);
  }

  /** Bookings cancelled because an approved event holds their zone: one mail per person. */
  async eventSpaceHeld(
    siteId: string,
    eventId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<void> {
    for (const bookingIds of await this.groupByHolder(siteId, cancelledBookingIds, transaction)) {
      await this.enqueue({ kind: 'event-space-held', siteId, eventId, bookingIds }, transaction);
    }
  }

  private async enqueuePerHolder(
    kind: 'hours-changed' | 'desks-deactivated' | 'site-archived',
    siteId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<void> {
    for (const bookingIds of await this.groupByHolder(siteId, cancelledBookingIds, transaction)) {
      await this.enqueue({ kind, siteId, bookingIds }, transaction);
    }
  }

  /** The bookings grouped by holder (those still known), in the order they start. */
  private async groupByHolder(
    siteId: string,
    cancelledBookingIds: string[],
    transaction?: EntityManager,
  ): Promise<string[][]> {
    if (cancelledBookingIds.length === 0) return [];
    const holders = await queryRows(
      transaction ?? this.bookings.manager,
      z.object({ bookingIds: z.array(column.id) }),
      `SELECT array_agg(id ORDER BY starts_at) AS "bookingIds" FROM bookings
       WHERE id = ANY($1::uuid[]) AND site_id = $2 AND user_id IS NOT NULL
       GROUP BY user_id ORDER BY min(starts_at)`,
      [cancelledBookingIds, siteId],
    );
    return holders.map(({ bookingIds }) => bookingIds);
  }

  /**
   * The mail job: composes from the database and hands the mail to the SMTP server. A throw
   * (server down or refusing, database unreachable) leaves the job to pg-boss, which tries again
   * later — with the same job id, so the same Message-ID.
   */
  private async deliver(notification: Notification, job: RunningJob): Promise<void> {
    let subject: string = notification.kind;
    try {
      const mail = await this.compose(notification);
      if (!mail) return;
      subject = mail.subject;
      await this.mail.send(mail, job.id);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (job.retryCount >= job.retryLimit) {
        this.logger.error(`Mail « ${subject} » not delivered (${reason}); given up.`);
      } else {
        this.logger.warn(`Mail « ${subject} » not delivered (${reason}); will try again.`);
      }
      throw error;
    }
  }

  /** Picks the template of each kind of mail; null when there is nobody left to tell. */
  async compose(notification: Notification): Promise<Mail | null> {
    switch (notification.kind) {
      case 'booking-confirmed':
        return this.composeBookingMail(notification.bookingId, async (booking, view) =>
          this.toMail(booking, bookingConfirmedMail(view, qrCid), [
            await this.qrAttachment(booking),
            this.invitation(booking, 'REQUEST'),
          ]),
        );
      case 'booking-cancelled':
        return this.composeBookingMail(notification.bookingId, (booking, view) =>
          this.toMail(booking, bookingCancelledMail(view), [this.invitation(booking, 'CANCEL')]),
        );
      case 'booking-booked-by-host': {
        const hostName = await findBookingActorName(
          this.bookings.manager,
          notification.bookingId,
          'booked',
        );
        return this.composeBookingMail(notification.bookingId, async (booking, view) =>
          this.toMail(booking, bookingBookedByHostMail(view, hostName, qrCid), [
            await this.qrAttachment(booking),
            this.invitation(booking, 'REQUEST'),
          ]),
        );
      }
      case 'booking-cancelled-by-host': {
        const hostName = await findBookingActorName(
          this.bookings.manager,
          notification.bookingId,
          'cancelled',
        );
        return this.composeBookingMail(notification.bookingId, (booking, view) =>
          this.toMail(booking, bookingCancelledByHostMail(view, hostName), [
            this.invitation(booking, 'CANCEL'),
          ]),
        );
      }
      case 'booking-released':
        return this.composeBookingMail(notification.bookingId, (booking, view) =>
          this.toMail(
            booking,
            bookingReleasedMail(view, formatMinutes(notification.releaseMinutes)),
            [this.invitation(booking, 'CANCEL')],
          ),
        );
      case 'waitlist-promoted':
        return this.composeBookingMail(notification.bookingId, async (booking, view) =>
          this.toMail(booking, waitlistPromotedMail(view, qrCid), [
            await this.qrAttachment(booking),
            this.invitation(booking, 'REQUEST'),
          ]),
        );
      case 'booking-reminder':
        return this.composeBookingMail(notification.bookingId, async (booking, view) =>
          // Cancelled or released since it was marked: no reminder.
          booking.status === 'confirmed'
            ? this.toMail(booking, bookingReminderMail(view, qrCid), [
                await this.qrAttachment(booking),
              ])
            : null,
        );
      case 'series-confirmed':
        return this.composeSeriesConfirmed(notification.seriesId, notification.refused);
      case 'hours-changed':
        return this.composeHoursChanged(notification.siteId, notification.bookingIds);
      case 'desks-deactivated':
        return this.composeCancelledBookings(
          notification.siteId,
          notification.bookingIds,
          desksDeactivatedMail,
        );
      case 'site-archived':
        return this.composeCancelledBookings(
          notification.siteId,
          notification.bookingIds,
          siteArchivedMail,
        );
      case 'event-approved':
      case 'event-declined':
        return this.composeEventDecision(notification.kind, notification.eventId);
      case 'guest-invitation':
      case 'guest-approved':
      case 'guest-declined':
        return composeGuestMail(this.bookings.manager, this.config.publicUrl, notification);
      case 'event-cancelled':
        return this.composeEventCancelled(notification.eventId, notification.userId);
      case 'event-message':
        return this.composeEventMessage(notification.messageId, notification.userId);
      case 'event-registered':
        return this.composeRegistration(
          notification.kind,
          notification.registrationId,
          notification.status,
        );
      case 'event-visio-link':
        return this.composeVisioLink(notification.registrationId);
      case 'event-registration-promoted':
        return this.composeRegistration(
          notification.kind,
          notification.registrationId,
          'registered',
        );
      case 'event-space-held':
        return this.composeEventSpaceHeld(
          notification.siteId,
          notification.eventId,
          notification.bookingIds,
        );
      case 'room-booking-confirmed':
        return this.composeRoomBooking(notification.roomBookingId, notification.email, null);
      case 'room-booking-cancelled':
        return this.composeRoomBooking(
          notification.roomBookingId,
          notification.email,
          notification.isByHost,
        );
      default: {
        const unhandled: never = notification;
        throw new Error(`No template for the mail ${JSON.stringify(unhandled)}`);
      }
    }
  }

  private async composeBookingMail(
    bookingId: string,
    compose: (booking: LoadedBooking, view: BookingMailView) => Mail | null | Promise<Mail | null>,
  ): Promise<Mail | null> {
    const booking = await this.loadBooking(bookingId);
    return booking ? compose(booking, this.toView(booking)) : null;
  }

  private async composeSeriesConfirmed(
    seriesId: string,
    refused: { date: string; reason: string }[],
  ): Promise<Mail | null> {
    const bookings = (
      await this.bookings.find({
        where: { seriesId, status: In([...activeBookingStatuses]) },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })
    ).filter(hasPerson);
    const [first] = bookings;
    if (!first) return null;
    const content = seriesConfirmedMail({
      givenName: first.user.givenName,
      siteName: first.site.name,
      deskLabel: first.desk.label,
      zone: first.desk.zone,
      slotLabel: slotLabels[first.slot],
      booked: bookings.map((booking) => ({
        dateLabel: formatFrenchDate(booking.localDate),
        localStart: formatSiteTime(booking.startsAt, first.site.timezone),
        localEnd: formatSiteTime(booking.endsAt, first.site.timezone),
      })),
      refused: refused.map(({ date, reason }) => ({ dateLabel: formatFrenchDate(date), reason })),
      myBookingsUrl: `${this.config.publicUrl}/mes-reservations`,
      calendarHint:
        'Pour les voir dans votre agenda, abonnez-vous à votre calendrier AdmZ depuis « Mes réservations ».',
    });
    return this.toMail(first, content, []);
  }

  /** One person's bookings cancelled by a change of hours, each with why and its cancellation. */
  private async composeHoursChanged(siteId: string, bookingIds: string[]): Promise<Mail | null> {
    const bookings = (
      await this.bookings.find({
        where: { id: In(bookingIds), siteId },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })
    ).filter(hasPerson);
    const [first] = bookings;
    if (!first) return null;
    const held = bookings.filter((booking) => booking.userId === first.userId);
    const exceptions: { date: string; isClosed: boolean; reason: string }[] =
      await this.bookings.query(
        `SELECT date, is_closed AS "isClosed", reason FROM opening_exceptions
         WHERE site_id = $1 AND date = ANY($2::date[])`,
        [siteId, [...new Set(held.map((booking) => booking.localDate))]],
      );
    const items = held.map((booking) => ({
      view: this.toView(booking),
      reason: this.explainHoursChange(
        booking,
        exceptions.find((exception) => exception.date === booking.localDate),
      ),
    }));
    const content = hoursChangedMail(
      first.user.givenName,
      first.site.name,
      items,
      `${this.config.publicUrl}/reserver`,
    );
    return this.toMail(
      first,
      content,
      held.map((booking, index) =>
        this.invitation(
          booking,
          'CANCEL',
          held.length === 1 ? 'annulation.ics' : `annulation-${index + 1}.ics`,
        ),
      ),
    );
  }

  /** One person's bookings cancelled for one reason (desks withdrawn, site archived). */
  private async composeCancelledBookings(
    siteId: string,
    bookingIds: string[],
    template: typeof desksDeactivatedMail,
  ): Promise<Mail | null> {
    const bookings = (
      await this.bookings.find({
        where: { id: In(bookingIds), siteId },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })
    ).filter(hasPerson);
    const [first] = bookings;
    if (!first) return null;
    const held = bookings.filter((booking) => booking.userId === first.userId);
    const content = template(
      first.user.givenName,
      first.site.name,
      held.map((booking) => this.toView(booking)),
      `${this.config.publicUrl}/reserver`,
    );
    return this.toMail(
      first,
      content,
      held.map((booking, index) =>
        this.invitation(
          booking,
          'CANCEL',
          held.length === 1 ? 'annulation.ics' : `annulation-${index + 1}.ics`,
        ),
      ),
    );
  }

  /** To who proposed the event: approved (with the event's page), or declined with the reason. */
  private async composeEventDecision(
    kind: 'event-approved' | 'event-declined',
    eventId: string,
  ): Promise<Mail | null> {
    const event = await findEventForMail(this.bookings.manager, eventId);
    if (!event?.proposer) return null;
    const view: EventMailView = {
      givenName: event.proposer.givenName,
      title: event.title,
      siteName: event.siteName,
      siteAddress: event.siteAddress,
      zone: spaceLabel(event.space),
      dateLabel: formatFrenchDate(event.date),
      localStart: formatSiteTime(event.startsAt, event.timezone),
      localEnd: formatSiteTime(event.endsAt, event.timezone),
      timezone: event.timezone,
      eventUrl: `${this.config.publicUrl}/evenements/${event.id}`,
    };
    const content =
      kind === 'event-approved'
        ? eventApprovedMail(view)
        : eventDeclinedMail(
            view,
            event.declineReason ?? '',
            `${this.config.publicUrl}/evenements/proposer`,
          );
    const { givenName, usualName, email } = event.proposer;
    return {
      to: `"${`${givenName} ${usualName}`.replace(/["\\]/g, '')}" <${email}>`,
      ...content,
      attachments: [],
    };
  }

  /** The organisers' message to a registrant, framed by the event it is about. */
  private async composeEventMessage(messageId: string, userId: string): Promise<Mail | null> {
    const message = await findMessageForMail(this.bookings.manager, messageId);
    const person = await this.bookings.manager.findOneBy(User, { id: userId });
    if (!message || !person) return null;
    const event = await findEventForMail(this.bookings.manager, message.event_id);
    if (!event) return null;
    const content = eventMessageMail(this.toEventView(event, person.givenName), {
      authorName: message.author_name,
      subject: message.subject,
      body: message.body,
    });
    const name = `${person.givenName} ${person.usualName}`.replace(/["\\]/g, '');
    return { to: `"${name}" <${person.email}>`, ...content, attachments: [] };
  }

  /** The event is cancelled, with the hosts' reason. */
  private async composeEventCancelled(eventId: string, userId: string): Promise<Mail | null> {
    const [event, person] = await Promise.all([
      findEventForMail(this.bookings.manager, eventId),
      this.bookings.manager.findOneBy(User, { id: userId }),
    ]);
    if (!event || !person) return null;
    const content = eventCancelledMail(
      this.toEventView(event, person.givenName),
      (await findCancelReason(this.bookings.manager, eventId)) ?? '',
    );
    const attendee = { name: `${person.givenName} ${person.usualName}`, email: person.email };
    return {
      to: `"${attendee.name.replace(/["\\]/g, '')}" <${person.email}>`,
      ...content,
      attachments: [this.eventInvitation(event, 'CANCEL', attendee, null)],
    };
  }

  /**
   * A registration, or a place freed for someone waiting: registered people get the `.ics`
   * (and, remotely, the visio link); someone waiting learns their place comes by mail.
   */
  private async composeRegistration(
    kind: 'event-registered' | 'event-registration-promoted',
    registrationId: string,
    expected: 'registered' | 'waiting',
  ): Promise<Mail | null> {
    const registration = await findRegistrationForMail(this.bookings.manager, registrationId);
    // Cancelled meanwhile, or promoted since (the promotion's mail says it): nothing to send.
    if (registration?.status !== expected) return null;
    const event = await findEventForMail(this.bookings.manager, registration.event_id);
    if (!event) return null;
    const view = this.toEventView(event, registration.given_name);
    const isRegistered = registration.status === 'registered';
    const visioUrl = registration.mode === 'remote' ? event.visioUrl : null;
    const content =
      kind === 'event-registration-promoted'
        ? eventRegistrationPromotedMail(view)
        : eventRegisteredMail(view, { mode: registration.mode, isRegistered, visioUrl });
    const person = {
      name: `${registration.given_name} ${registration.usual_name}`,
      email: registration.email,
    };
    return {
      to: `"${person.name.replace(/["\\]/g, '')}" <${person.email}>`,
      ...content,
      attachments: isRegistered ? [this.eventInvitation(event, 'REQUEST', person, visioUrl)] : [],
    };
  }

  /** The visio link before the start: only to someone still registered remotely. */
  private async composeVisioLink(registrationId: string): Promise<Mail | null> {
    const registration = await findRegistrationForMail(this.bookings.manager, registrationId);
    if (registration?.status !== 'registered' || registration.mode !== 'remote') return null;
    const event = await findEventForMail(this.bookings.manager, registration.event_id);
    if (event?.status !== 'approved' || event.visioUrl === null) return null;
    const name = `${registration.given_name} ${registration.usual_name}`;
    return {
      to: `"${name.replace(/["\\]/g, '')}" <${registration.email}>`,
      ...eventVisioLinkMail(this.toEventView(event, registration.given_name), event.visioUrl),
      attachments: [],
    };
  }

  private toEventView(
    event: NonNullable<Awaited<ReturnType<typeof findEventForMail>>>,
    givenName: string,
  ): EventMailView {
    return {
      givenName,
      title: event.title,
      siteName: event.siteName,
      siteAddress: event.siteAddress,
      zone: spaceLabel(event.space),
      dateLabel: formatFrenchDate(event.date),
      localStart: formatSiteTime(event.startsAt, event.timezone),
      localEnd: formatSiteTime(event.endsAt, event.timezone),
      timezone: event.timezone,
      eventUrl: `${this.config.publicUrl}/evenements/${event.id}`,
    };
  }

  private eventInvitation(
    event: NonNullable<Awaited<ReturnType<typeof findEventForMail>>>,
    method: 'REQUEST' | 'CANCEL',
    attendee: { name: string; email: string },
    visioUrl: string | null,
  ): MailAttachment {
    const content = buildEventInvitation(
      {
        eventId: event.id,
        title: event.title,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        siteName: event.siteName,
        siteAddress: event.siteAddress,
        zone: spaceLabel(event.space),
        timezone: event.timezone,
        eventUrl: `${this.config.publicUrl}/evenements/${event.id}`,
        visioUrl,
      },
      method,
      this.organizer(),
      attendee,
    );
    return {
      filename: method === 'REQUEST' ? 'evenement.ics' : 'annulation.ics',
      content,
      contentType: `text/calendar; charset=utf-8; method=${method}`,
    };
  }

  /** One person's bookings cancelled because an approved event holds their zone. */
  private async composeEventSpaceHeld(
    siteId: string,
    eventId: string,
    bookingIds: string[],
  ): Promise<Mail | null> {
    const event = await findEventForMail(this.bookings.manager, eventId);
    const bookings = (
      await this.bookings.find({
        where: { id: In(bookingIds), siteId },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })
    ).filter(hasPerson);
    const [first] = bookings;
    if (!first || !event) return null;
    const held = bookings.filter((booking) => booking.userId === first.userId);
    const content = eventSpaceHeldMail(
      first.user.givenName,
      { title: event.title, zone: event.space.name, siteName: event.siteName },
      held.map((booking) => this.toView(booking)),
      `${this.config.publicUrl}/reserver`,
    );
    return this.toMail(
      first,
      content,
      held.map((booking, index) =>
        this.invitation(
          booking,
          'CANCEL',
          held.length === 1 ? 'annulation.ics' : `annulation-${index + 1}.ics`,
        ),
      ),
    );
  }

  private async loadBooking(bookingId: string): Promise<LoadedBooking | null> {
    // `find`, not `findOne`: with relations, TypeORM's `findOne` reads the id in a DISTINCT
    // query first (for its LIMIT), then the rows — two statements per mail instead of one.
    const [booking] = await this.bookings.find({
      where: { id: bookingId },
      relations: { site: true, desk: true, user: true },
    });
    if (!booking) this.logger.warn(`No booking ${bookingId} to notify about.`);
    // Its person deleted their account meanwhile: there is nobody left to tell.
    return booking && hasPerson(booking) ? booking : null;
  }

  private explainHoursChange(
    booking: LoadedBooking,
    exception: { isClosed: boolean; reason: string } | undefined,
  ): string {
    const site = booking.site.name;
    if (!isWithinSiteDates(booking.site, booking.localDate)) {
      return `${site} n'accueille plus d'agents ce jour-là : ses dates ont changé.`;
    }
    const why = exception?.reason ? ` (${exception.reason})` : '';
    if (exception?.isClosed) return `${site} sera fermé ce jour-là${why}.`;
    if (exception)
      return `${site} aura des horaires particuliers ce jour-là${why}, hors de ce créneau.`;
    return `les nouveaux horaires d'ouverture de ${site} ne couvrent plus ce créneau.`;
  }

  private toView(booking: LoadedBooking): BookingMailView {
    const { site, desk, user } = booking;
    return {
      givenName: user.givenName,
      siteName: site.name,
      siteAddress: site.address,
      accessInfo: site.accessInfo,
      timezone: site.timezone,
      deskLabel: desk.label,
      zone: desk.zone,
      dateLabel: formatFrenchDate(booking.localDate),
      slotLabel: slotLabels[booking.slot],
      localStart: formatSiteTime(booking.startsAt, site.timezone),
      localEnd: formatSiteTime(booking.endsAt, site.timezone),
      shortCode:
        normalizeShortCode(booking.shortCode)
          .match(/.{1,4}/g)
          ?.join('-') ?? '',
      passUrl: this.passUrl(booking),
      myBookingsUrl: `${this.config.publicUrl}/mes-reservations`,
      bookUrl: `${this.config.publicUrl}/reserver`,
    };
  }

  private passUrl(booking: Booking): string {
    return `${this.config.publicUrl}/reservations/${booking.id}/qr`;
  }

  private toMail(booking: LoadedBooking, content: MailContent, attachments: MailAttachment[]) {
    const { user } = booking;
    return {
      to: `"${`${user.givenName} ${user.usualName}`.replace(/["\\]/g, '')}" <${user.email}>`,
      ...content,
      attachments,
    } satisfies Mail;
  }

  /**
   * The mail's QR code: the booking's own signed token, valid over its check-in window and
   * accepted once (the web app shows a code that changes every 30 s instead).
   */
  private async qrAttachment(booking: LoadedBooking): Promise<MailAttachment> {
    const token = await this.qrTokens.signBooking(
      bookingTokenInput(booking, this.config.checkInOpensMinutesBefore),
    );
    // Twice the 220 pixels the mail shows it at: sharp on high-density screens.
    const png = renderQrCodePng(token, 440);
    return { filename: 'qr-code.png', content: png, contentType: 'image/png', cid: qrCid };
  }

  private invitation(
    booking: LoadedBooking,
    method: 'REQUEST' | 'CANCEL',
    filename = method === 'REQUEST' ? 'reservation.ics' : 'annulation.ics',
  ): MailAttachment {
    const { site, desk, user } = booking;
    const event: BookingEventInput = {
      bookingId: booking.id,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      slot: booking.slot,
      deskLabel: desk.label,
      zone: desk.zone,
      siteName: site.name,
      siteAddress: site.address,
      accessInfo: site.accessInfo,
      timezone: site.timezone,
      passUrl: this.passUrl(booking),
    };
    const content = buildBookingInvitation(event, method, this.organizer(), {
      name: `${user.givenName} ${user.usualName}`,
      email: user.email,
    });
    return {
      filename,
      content,
      contentType: `text/calendar; charset=utf-8; method=${method}`,
    };
  }

  /**
   * A room booking's mail to one person: its confirmation (`isByHost` null) while it still
   * holds, or its cancellation once cancelled; each with its `.ics`.
   */
  private async composeRoomBooking(
    roomBookingId: string,
    email: string,
    isByHost: boolean | null,
  ): Promise<Mail | null> {
    const booking = await findRoomBooking(this.bookings.manager, roomBookingId);
    const isCancellation = isByHost !== null;
    if (!booking || (booking.status === 'cancelled') !== isCancellation) return null;
    const givenName = await findGivenNameByEmail(this.bookings.manager, email);
    const isBooker = booking.booker?.email.toLowerCase() === email.toLowerCase();
    const url = `${this.config.publicUrl}/salles`;
    const view: RoomBookingMailView = {
      givenName,
      title: booking.title,
      roomName: booking.room.name,
      siteName: booking.siteName,
      siteAddress: booking.siteAddress,
      dateLabel: formatFrenchDate(booking.date),
      localStart: formatSiteTime(booking.startsAt, booking.timezone),
      localEnd: formatSiteTime(booking.endsAt, booking.timezone),
      timezone: booking.timezone,
      headcount: booking.headcount,
      bookerName: booking.booker ? `${booking.booker.givenName} ${booking.booker.usualName}` : null,
      isBooker,
      url,
    };
    const method = isCancellation ? 'CANCEL' : 'REQUEST';
    const content = isCancellation
      ? roomBookingCancelledMail(view, isByHost)
      : roomBookingConfirmedMail(view);
    const attendee = { name: givenName ?? email, email };
    return {
      to: givenName ? `"${givenName.replace(/["\\]/g, '')}" <${email}>` : email,
      ...content,
      attachments: [
        {
          filename: isCancellation ? 'annulation.ics' : 'salle.ics',
          content: buildRoomBookingInvitation(
            {
              roomBookingId: booking.id,
              title: booking.title,
              roomName: booking.room.name,
              startsAt: booking.startsAt,
              endsAt: booking.endsAt,
              siteName: booking.siteName,
              siteAddress: booking.siteAddress,
              timezone: booking.timezone,
              url,
            },
            method,
            this.organizer(),
            attendee,
          ),
          contentType: `text/calendar; charset=utf-8; method=${method}`,
        },
      ],
    };
  }

  private organizer(): { name: string; email: string } {
    const [, name, email] = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(this.config.mail.from) ?? [];
    return email
      ? { name: name || 'AdmZ', email }
      : { name: 'AdmZ', email: this.config.mail.from.trim() };
  }
}
