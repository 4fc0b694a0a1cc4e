import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { formatMinutes, normalizeShortCode, slotLabels, activeBookingStatuses } from '@admz/shared';
import QRCode from 'qrcode';
import { In, type Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { buildBookingInvitation, type BookingEventInput } from '../calendar-feeds/booking-events';
import { QrTokensService, bookingTokenInput } from '../check-ins/qr-tokens.service';
import { formatFrenchDate, formatSiteTime } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import {
  bookingCancelledMail,
  bookingReleasedMail,
  bookingConfirmedMail,
  seriesConfirmedMail,
  bookingReminderMail,
  hoursChangedMail,
  waitlistPromotedMail,
  type BookingMailView,
  type MailContent,
} from '../mail/mail-templates';
import { JobsService } from '../jobs/jobs.service';
import { jobQueues } from '../jobs/job-queues';
import { MailService, type Mail, type MailAttachment } from '../mail/mail.service';

/** A booking change whose mail a worker composes and sends (see `enqueue`). */
export type NotificationJob =
  | { kind: 'booking-confirmed' | 'booking-cancelled'; bookingId: string }
  | { kind: 'series-confirmed'; seriesId: string; refused: { date: string; reason: string }[] };

type LoadedBooking = Booking & Required<Pick<Booking, 'site' | 'desk' | 'user'>>;

const qrCid = 'qr-code@admz';

/**
 * What AdmZ tells people, by mail. Callers pass ids once their transaction has committed;
 * a failure to notify is logged and never undoes (nor fails) the booking change.
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
    await this.jobs.work<NotificationJob>(jobQueues.notify, async (job) => {
      if (job.kind === 'series-confirmed') await this.seriesConfirmed(job.seriesId, job.refused);
      else if (job.kind === 'booking-confirmed') await this.bookingConfirmed(job.bookingId);
      else await this.bookingCancelled(job.bookingId);
    });
  }

  /**
   * For request paths: the mail is composed (QR image, invitation) and sent by a pg-boss
   * worker on any process, so the answer does not wait and a crash does not lose the mail.
   */
  async enqueue(job: NotificationJob): Promise<void> {
    try {
      await this.jobs.send<NotificationJob>(jobQueues.notify, job);
    } catch (error) {
      this.logger.error(`Notification not queued (${job.kind}): ${(error as Error).message}`);
    }
  }

  /** One mail for a whole recurring series: the dates booked, and those refused with why. */
  async seriesConfirmed(
    seriesId: string,
    refused: { date: string; reason: string }[],
  ): Promise<void> {
    await this.notify(`series confirmed ${seriesId}`, async () => {
      const bookings = (await this.bookings.find({
        where: { seriesId, status: In([...activeBookingStatuses]) },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })) as LoadedBooking[];
      const [first] = bookings;
      if (!first) return [];
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
      return [this.toMail(first, content, [])];
    });
  }

  async bookingConfirmed(bookingId: string): Promise<void> {
    await this.notify(`booking confirmed ${bookingId}`, async () => {
      const booking = await this.loadBooking(bookingId);
      if (!booking) return [];
      const view = this.toView(booking);
      return [
        this.toMail(booking, bookingConfirmedMail(view, qrCid), [
          await this.qrAttachment(booking),
          this.invitation(booking, 'REQUEST'),
        ]),
      ];
    });
  }

  async bookingCancelled(bookingId: string): Promise<void> {
    await this.notify(`booking cancelled ${bookingId}`, async () => {
      const booking = await this.loadBooking(bookingId);
      if (!booking) return [];
      return [
        this.toMail(booking, bookingCancelledMail(this.toView(booking)), [
          this.invitation(booking, 'CANCEL'),
        ]),
      ];
    });
  }

  /** The booking was released because nobody checked in within the site's delay. */
  async bookingReleased(bookingId: string, releaseMinutes: number): Promise<void> {
    await this.notify(`booking released ${bookingId}`, async () => {
      const booking = await this.loadBooking(bookingId);
      if (!booking) return [];
      return [
        this.toMail(
          booking,
          bookingReleasedMail(this.toView(booking), formatMinutes(releaseMinutes)),
          [this.invitation(booking, 'CANCEL')],
        ),
      ];
    });
  }

  async waitlistPromoted(bookingId: string): Promise<void> {
    await this.notify(`waitlist promoted ${bookingId}`, async () => {
      const booking = await this.loadBooking(bookingId);
      if (!booking) return [];
      return [
        this.toMail(booking, waitlistPromotedMail(this.toView(booking), qrCid), [
          await this.qrAttachment(booking),
          this.invitation(booking, 'REQUEST'),
        ]),
      ];
    });
  }

  async bookingReminder(bookingId: string): Promise<void> {
    await this.notify(`reminder ${bookingId}`, async () => {
      const booking = await this.loadBooking(bookingId);
      if (!booking || booking.status !== 'confirmed') return [];
      return [
        this.toMail(booking, bookingReminderMail(this.toView(booking), qrCid), [
          await this.qrAttachment(booking),
        ]),
      ];
    });
  }

  /** Bookings cancelled because their site's hours changed (the host confirmed it). */
  async hoursChanged(siteId: string, cancelledBookingIds: string[]): Promise<void> {
    if (cancelledBookingIds.length === 0) return;
    await this.notify(`hours changed at ${siteId}`, async () => {
      const bookings = (await this.bookings.find({
        where: { id: In(cancelledBookingIds), siteId },
        relations: { site: true, desk: true, user: true },
        order: { startsAt: 'ASC' },
      })) as LoadedBooking[];
      const exceptions: { date: string; isClosed: boolean; reason: string }[] =
        await this.bookings.query(
          `SELECT date, is_closed AS "isClosed", reason FROM opening_exceptions
           WHERE site_id = $1 AND date = ANY($2::date[])`,
          [siteId, [...new Set(bookings.map((booking) => booking.localDate))]],
        );
      const byHolder = new Map<string, LoadedBooking[]>();
      for (const booking of bookings) {
        const holderId = booking.userId;
        if (holderId !== null) byHolder.set(holderId, [...(byHolder.get(holderId) ?? []), booking]);
      }
      return [...byHolder.values()].flatMap((held) => {
        const [first] = held;
        if (!first) return [];
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
      });
    });
  }

  /** Composes and hands over the mails; any failure is logged, never thrown at the caller. */
  private async notify(what: string, compose: () => Promise<Mail[]>): Promise<void> {
    try {
      for (const mail of await compose()) await this.mail.send(mail);
    } catch (error) {
      this.logger.error(
        `Notification not sent (${what}): ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  private async loadBooking(bookingId: string): Promise<LoadedBooking | null> {
    const booking = await this.bookings.findOne({
      where: { id: bookingId },
      relations: { site: true, desk: true, user: true },
    });
    if (!booking) this.logger.warn(`No booking ${bookingId} to notify about.`);
    // Its person deleted their account meanwhile: there is nobody left to tell.
    if (!booking?.user) return null;
    return booking as LoadedBooking;
  }

  private explainHoursChange(
    booking: LoadedBooking,
    exception: { isClosed: boolean; reason: string } | undefined,
  ): string {
    const site = booking.site.name;
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
    const png = await QRCode.toBuffer(token, {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 440,
    });
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

  private organizer(): { name: string; email: string } {
    const [, name, email] = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(this.config.mail.from) ?? [];
    return email
      ? { name: name || 'AdmZ', email }
      : { name: 'AdmZ', email: this.config.mail.from.trim() };
  }
}
