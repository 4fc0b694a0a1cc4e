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
import { In, MoreThan, Repository } from 'typeorm';
import { Booking } from '../bookings/booking.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { BookingsService, toBookingResponse } from '../bookings/bookings.service';
import { SitesService } from '../sites/sites.service';
import type { User } from '../users/user.entity';
import { BookingSeries } from './booking-series.entity';
import { Clock } from '../common/clock';

@Injectable()
export class BookingSeriesService {
  constructor(
    @InjectRepository(BookingSeries) private readonly series: Repository<BookingSeries>,
    @InjectRepository(Booking) private readonly bookings: Repository<Booking>,
    private readonly bookingsService: BookingsService,
    private readonly sites: SitesService,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Books each date through the ordinary booking path, so a refused date carries the same
   * sentence a single booking would get (taken, closed, already booked, past…).
   */
  async createSeries(user: User, input: CreateBookingSeries): Promise<BookingSeriesResult> {
    const { site, desk } = await this.sites.loadSiteDay(input.siteId, input.from, input.deskId);
    if (!desk) throw new NotFoundException("Ce poste n'existe pas.");
    if (desk.siteId !== site.id) {
      throw new UnprocessableEntityException(
        `Le poste ${desk.label} n'appartient pas au site ${site.name}.`,
      );
    }
    const series = await this.series.save(
      this.series.create({
        userId: user.id,
        siteId: site.id,
        deskId: desk.id,
        slot: input.slot,
        weekdays: [...input.weekdays].sort(),
        fromDate: input.from,
        untilDate: input.until,
        cancelledAt: null,
      }),
    );
    const result: BookingSeriesResult = { seriesId: series.id, booked: [], refused: [] };
    for (const date of listSeriesDates(input.from, input.until, input.weekdays)) {
      try {
        // One mail per date would flood the inbox: the series answer lists them all.
        const booking = await this.bookingsService.createBooking(
          user,
          { siteId: site.id, deskId: desk.id, date, slot: input.slot },
          { notify: false },
        );
        await this.bookings.update({ id: booking.id }, { seriesId: series.id });
        result.booked.push({ date, booking: { ...booking, seriesId: series.id } });
      } catch (error) {
        if (!(error instanceof HttpException) || error.getStatus() >= 500) throw error;
        result.refused.push({ date, reason: error.message });
      }
    }
    if (result.booked.length > 0) {
      await this.notifications.enqueue({
        kind: 'series-confirmed',
        seriesId: series.id,
        refused: result.refused,
      });
    }
    return result;
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
        kept.push({
          booking: toBookingResponse(
            (await this.bookings.findOne({
              where: { id: booking.id },
              relations: { site: true, desk: true },
            }))!,
          ),
          reason: error.message,
        });
      }
    }
    if (!series.cancelledAt) await this.series.update({ id: series.id }, { cancelledAt: now });
    return { seriesId, cancelled, kept };
  }
}
