import { activeBookingStatuses } from '@admz/shared';
import { randomBytes } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CalendarFeed, CalendarFeedStatus } from '@admz/shared';
import { In, MoreThan, type Repository } from 'typeorm';
import { hashToken } from '../auth/sessions.service';
import { Booking } from '../bookings/booking.entity';
import { siteToday } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import { upcomingPublicHolidays } from '../sites/public-holidays';
import { Site } from '../sites/site.entity';
import type { User } from '../users/user.entity';
import { listRegisteredEventsOf } from '../events/registration-queries';
import { listRoomBookingsOf } from '../rooms/room-queries';
import { buildBookingsFeed, buildClosuresFeed } from './booking-events';
import { withPlace } from '../bookings/booking-with-place';
import { Clock } from '../common/clock';
import { millisecondsPerDay } from '@admz/shared';
import { addDaysToIsoDate } from '../common/site-time';
import {
  findFeedCreation,
  findFeedOwner,
  listExceptionsFrom,
  setFeedToken,
} from './calendar-feed-queries';

/** 256 random bits, base64url: the token is the only credential of a feed URL; only its SHA-256 is kept. */
const tokenPattern = /^[A-Za-z0-9_-]{43}$/;
const pastDaysInFeeds = 30;
const pastDaysOfClosures = 90;

@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    @InjectRepository(Site) private readonly sites: Repository<Site>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** Whether the person has a feed; its address cannot be shown again (only its hash is kept). */
  async getMyFeedStatus(user: User): Promise<CalendarFeedStatus> {
    const row = await findFeedCreation(this.bookings.manager, user.id);
    return { isActive: Boolean(row), createdAt: row?.createdAt?.toISOString() ?? null };
  }

  /** A new address, shown this once; any previous one answers 404 from now on. */
  async regenerateMyFeed(user: User, now = this.clock.now()): Promise<CalendarFeed> {
    const token = generateToken();
    await setFeedToken(this.bookings.manager, user.id, { hash: hashToken(token), createdAt: now });
    return { url: this.feedUrl(token), createdAt: now.toISOString() };
  }

  /** No feed any more: every calendar subscribed to it gets 404. */
  async revokeMyFeed(user: User): Promise<CalendarFeedStatus> {
    await setFeedToken(this.bookings.manager, user.id, null);
    return { isActive: false, createdAt: null };
  }

  /**
   * Active bookings of the token's owner, the events they are registered to and the rooms they
   * booked or are named in, from 30 days ago on, as an iCalendar feed.
   */
  async renderBookingsFeed(token: string, now = this.clock.now()): Promise<string> {
    const ownerId = tokenPattern.test(token)
      ? await findFeedOwner(this.bookings.manager, hashToken(token))
      : undefined;
    if (!ownerId) {
      throw new NotFoundException(
        "Ce lien d'agenda n'existe pas ou a été régénéré : créez un nouveau lien depuis « Mes réservations ».",
      );
    }
    const bookings = await this.bookings.find({
      where: {
        userId: ownerId,
        status: In([...activeBookingStatuses]),
        endsAt: MoreThan(new Date(now.getTime() - pastDaysInFeeds * millisecondsPerDay)),
      },
      relations: { site: true, desk: true },
      order: { startsAt: 'ASC' },
    });
    return buildBookingsFeed(
      bookings.map(withPlace).map((booking) => ({
        bookingId: booking.id,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        slot: booking.slot,
        deskLabel: booking.desk.label,
        zone: booking.desk.zone,
        siteName: booking.site.name,
        siteAddress: booking.site.address,
        accessInfo: booking.site.accessInfo,
        timezone: booking.site.timezone,
        passUrl: `${this.config.publicUrl}/reservations/${booking.id}/qr`,
      })),
      'AdmZ — mes réservations',
      (
        await listRegisteredEventsOf(
          this.bookings.manager,
          ownerId,
          new Date(now.getTime() - pastDaysInFeeds * millisecondsPerDay),
        )
      ).map((event) => ({
        ...event,
        eventUrl: `${this.config.publicUrl}/evenements/${event.eventId}`,
      })),
      (
        await listRoomBookingsOf(
          this.bookings.manager,
          ownerId,
          new Date(now.getTime() - pastDaysInFeeds * millisecondsPerDay),
        )
      ).map((booking) => ({
        roomBookingId: booking.id,
        title: booking.title,
        roomName: booking.room.name,
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
        siteName: booking.siteName,
        siteAddress: booking.siteAddress,
        timezone: booking.timezone,
        url: `${this.config.publicUrl}/salles`,
      })),
    );
  }

  /**
   * A site's closures as all-day events, from 90 days ago on: dated closing exceptions, and the
   * public holidays of its region that no exception opens. Public: no credential.
   */
  async renderClosuresFeed(siteId: string, now = this.clock.now()): Promise<string> {
    const site = await this.sites.findOneBy({ id: siteId });
    if (!site) throw new NotFoundException("Ce site n'existe pas.");
    const today = siteToday(site.timezone, now);
    const from = addDaysToIsoDate(today, -pastDaysOfClosures);
    const exceptions = await listExceptionsFrom(this.sites.manager, site.id, from);
    const exceptionDates = new Set(exceptions.map((exception) => exception.date));
    const holidays = [
      ...upcomingPublicHolidays(site.holidayRegion, from, pastDaysOfClosures),
      ...upcomingPublicHolidays(site.holidayRegion, today, 366),
    ].filter((holiday) => !exceptionDates.has(holiday.date));
    const closures = [
      ...exceptions
        .filter((exception) => exception.is_closed)
        .map(({ date, reason }) => ({ date, reason })),
      ...holidays.map((holiday) => ({
        date: holiday.date,
        reason: `Jour férié : ${holiday.name}`,
      })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    return buildClosuresFeed(
      closures.map((closure) => ({
        siteId: site.id,
        siteName: site.name,
        siteAddress: site.address,
        date: closure.date,
        reason: closure.reason,
      })),
      `${site.name} — fermetures`,
    );
  }

  private feedUrl(token: string): string {
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }
}

function generateToken(): string {
  return randomBytes(32).toString('base64url');
}
