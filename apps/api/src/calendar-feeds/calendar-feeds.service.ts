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
import { buildBookingsFeed, buildClosuresFeed } from './booking-events';
import { withPlace } from '../bookings/booking-with-place';
import { Clock } from '../common/clock';

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
    const [row]: { createdAt: Date | null }[] = await this.bookings.query(
      `SELECT calendar_token_created_at AS "createdAt" FROM users
       WHERE id = $1 AND calendar_token_hash IS NOT NULL`,
      [user.id],
    );
    return { isActive: Boolean(row), createdAt: row?.createdAt?.toISOString() ?? null };
  }

  /** A new address, shown this once; any previous one answers 404 from now on. */
  async regenerateMyFeed(user: User, now = this.clock.now()): Promise<CalendarFeed> {
    const token = generateToken();
    await this.bookings.query(
      `UPDATE users SET calendar_token_hash = $2, calendar_token_created_at = $3 WHERE id = $1`,
      [user.id, hashToken(token), now],
    );
    return { url: this.feedUrl(token), createdAt: now.toISOString() };
  }

  /** No feed any more: every calendar subscribed to it gets 404. */
  async revokeMyFeed(user: User): Promise<CalendarFeedStatus> {
    await this.bookings.query(
      `UPDATE users SET calendar_token_hash = NULL, calendar_token_created_at = NULL WHERE id = $1`,
      [user.id],
    );
    return { isActive: false, createdAt: null };
  }

  /** Active bookings of the token's owner, from 30 days ago on, as an iCalendar feed. */
  async renderBookingsFeed(token: string, now = this.clock.now()): Promise<string> {
    const [owner]: { id: string }[] = tokenPattern.test(token)
      ? await this.bookings.query(`SELECT id FROM users WHERE calendar_token_hash = $1`, [
          hashToken(token),
        ])
      : [];
    if (!owner) {
      throw new NotFoundException(
        "Ce lien d'agenda n'existe pas ou a été régénéré : créez un nouveau lien depuis « Mes réservations ».",
      );
    }
    const bookings = await this.bookings.find({
      where: {
        userId: owner.id,
        status: In([...activeBookingStatuses]),
        endsAt: MoreThan(new Date(now.getTime() - pastDaysInFeeds * 86_400_000)),
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
    const from = new Date(Date.parse(`${today}T12:00:00Z`) - pastDaysOfClosures * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const exceptions: { date: string; isClosed: boolean; reason: string }[] =
      await this.sites.query(
        `SELECT date, is_closed AS "isClosed", reason FROM opening_exceptions
         WHERE site_id = $1 AND date >= $2`,
        [site.id, from],
      );
    const exceptionDates = new Set(exceptions.map((exception) => exception.date));
    const holidays = [
      ...upcomingPublicHolidays(site.holidayRegion, from, pastDaysOfClosures),
      ...upcomingPublicHolidays(site.holidayRegion, today, 366),
    ].filter((holiday) => !exceptionDates.has(holiday.date));
    const closures = [
      ...exceptions
        .filter((exception) => exception.isClosed)
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
