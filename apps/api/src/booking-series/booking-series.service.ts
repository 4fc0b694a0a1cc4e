import { randomUUID } from 'node:crypto';
import {
  HttpException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  listSeriesDates,
  type Booking as BookingResponse,
  type BookingSeriesResult,
  type CancelledBookingSeries,
  type CreateBookingSeries,
} from '@admz/shared';
import { DataSource, In, MoreThan, Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { BookingsService, type PreparedBooking } from '../bookings/bookings.service';
import { toBookingResponse, withPlace } from '../bookings/booking-with-place';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import { BookingSeries } from './booking-series.entity';
import { insertSeries } from './booking-series-queries';

/** A date's refusal as the sentence a single booking would get; anything else is a bug. */
function refusalOf(error: unknown): string {
  if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
  return error.message;
}
import { Clock } from '../common/clock';

@Injectable()
export class BookingSeriesService {
  constructor(
    @InjectRepository(BookingSeries) private readonly series: Repository<BookingSeries>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly bookingsService: BookingsService,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Each date passes the ordinary booking checks, so a refused date carries the same sentence
   * a single booking would get (closed, past, rules…). Then one transaction inserts the series
   * and its bookings, each carrying its `series_id`: a crash leaves all or nothing, and a date
   * taken meanwhile is refused alone (its own savepoint) with the sentence of the conflict.
   */
  async createSeries(
    user: User,
    input: CreateBookingSeries,
    now = this.clock.now(),
  ): Promise<BookingSeriesResult> {
    const { site, desk } = await this.sites.loadSiteDay(input.siteId, input.from, input.deskId);
    if (!desk) throw new NotFoundException("Ce poste n'existe pas.");
    if (desk.siteId !== site.id) {
      throw new UnprocessableEntityException(
        `Le poste ${desk.label} n'appartient pas au site ${site.name}.`,
      );
    }
    const seriesId = randomUUID();
    const refused: BookingSeriesResult['refused'] = [];
    const prepared: { date: string; booking: PreparedBooking }[] = [];
    for (const date of listSeriesDates(input.from, input.until, input.weekdays)) {
      try {
        const booking = await this.bookingsService.prepareBooking(
          user,
          { siteId: site.id, deskId: desk.id, date, slot: input.slot },
          now,
          seriesId,
        );
        prepared.push({ date, booking });
      } catch (error) {
        refused.push({ date, reason: refusalOf(error) });
      }
    }
    const booked = await this.dataSource.transaction(async (manager) => {
      await insertSeries(manager, {
        id: seriesId,
        createdAt: now,
        userId: user.id,
        siteId: site.id,
        deskId: desk.id,
        slot: input.slot,
        weekdays: [...input.weekdays].sort(),
        fromDate: input.from,
        untilDate: input.until,
      });
      const stored: BookingSeriesResult['booked'] = [];
      for (const { date, booking } of prepared) {
        try {
          const created = await this.bookingsService.storeBooking(manager, booking);
          stored.push({ date, booking: toBookingResponse(created) });
        } catch (error) {
          refused.push({ date, reason: refusalOf(error) });
        }
      }
      return stored;
    });
    refused.sort((a, b) => a.date.localeCompare(b.date));
    // One mail per date would flood the inbox: the series answer lists them all.
    if (booked.length > 0) {
      await this.notifications.enqueue({ kind: 'series-confirmed', seriesId, refused });
    }
    return { seriesId, booked, refused };
  }

  /** Cancels every occurrence still to come; past and ongoing ones stay as they are. */
  async cancelSeries(
    user: User,
    seriesId: string,
    now = this.clock.now(),
  ): Promise<CancelledBookingSeries> {
    const series = await this.series.findOneBy({ id: seriesId, userId: user.id });
    if (!series) throw new NotFoundException("Cette série de réservations n'existe pas.");
    const upcoming = await this.bookings.find({
      where: { seriesId, userId: user.id, status: In(['confirmed']), startsAt: MoreThan(now) },
      relations: { site: true, desk: true },
      order: { startsAt: 'ASC' },
    });
    const cancelled: BookingResponse[] = [];
    const kept: CancelledBookingSeries['kept'] = [];
    for (const booking of upcoming) {
      try {
        cancelled.push(await this.bookingsService.cancelBooking(user, booking.id, now));
      } catch (error) {
        // One occurrence inside the cancellation deadline does not keep the others booked.
        if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
        const current = await this.bookings.findOne({
          where: { id: booking.id },
          relations: { site: true, desk: true },
        });
        kept.push({
          booking: toBookingResponse(withPlace(current ?? booking)),
          reason: error.message,
        });
      }
    }
    if (!series.cancelledAt) await this.series.update({ id: series.id }, { cancelledAt: now });
    return { seriesId, cancelled, kept };
  }
}
