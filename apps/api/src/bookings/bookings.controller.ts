import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  availabilityQuerySchema,
  availabilitySummaryQuerySchema,
  bookAnyDeskSchema,
  createBookingSchema,
  idSchema,
  myBookingsQuerySchema,
  presenceQuerySchema,
  type AvailabilitySummary,
  type Booking,
  type BookingPass,
  type MyBookings,
  type PersonPass,
  type Presence,
} from '@admz/shared';
import type { Response } from 'express';
import { sendWithEtag } from '../availability-cache/send-with-etag';
import { CurrentUser, SiteHostOnly, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { BookingsService } from './bookings.service';

class CreateBookingDto extends zodDto(createBookingSchema) {}
class BookAnyDeskDto extends zodDto(bookAnyDeskSchema) {}
class AvailabilityQueryDto extends zodDto(availabilityQuerySchema) {}
class AvailabilitySummaryQueryDto extends zodDto(availabilitySummaryQuerySchema) {}
class PresenceQueryDto extends zodDto(presenceQuerySchema) {}
class MyBookingsQueryDto extends zodDto(myBookingsQuerySchema) {}

const uuid = new ZodParamPipe(idSchema);

@Controller()
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post('bookings')
  createBooking(
    @CurrentUser() { user, hasHeardCommittedChanges }: CurrentUserContext,
    @Body() body: CreateBookingDto,
  ): Promise<Booking> {
    return this.bookings.createBooking(user, body, { hasHeardCommittedChanges });
  }

  /** « Un poste libre »: AdmZ picks the desk (usual zone, then usual equipment, then any). */
  @Post('bookings/any-desk')
  bookAnyDesk(
    @CurrentUser() { user, hasHeardCommittedChanges }: CurrentUserContext,
    @Body() body: BookAnyDeskDto,
  ): Promise<Booking> {
    return this.bookings.bookAnyDesk(user, body, { hasHeardCommittedChanges });
  }

  @Get('bookings/mine')
  listMyBookings(
    @CurrentUser() { user }: CurrentUserContext,
    @Query() query: MyBookingsQueryDto,
  ): Promise<MyBookings> {
    return this.bookings.listMyBookings(user, query.before);
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  cancelBooking(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<Booking> {
    return this.bookings.cancelBooking(user, bookingId);
  }

  @Get('bookings/:bookingId/pass')
  getBookingPass(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<BookingPass> {
    return this.bookings.getBookingPass(user, bookingId);
  }

  @Get('me/pass')
  getPersonPass(@CurrentUser() { user }: CurrentUserContext): Promise<PersonPass> {
    return this.bookings.getPersonPass(user);
  }

  @Get('sites/:siteId/availability')
  async getAvailability(
    @CurrentUser() { user, hasHeardCommittedChanges }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Query() query: AvailabilityQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const view = await this.bookings.getAvailabilityView(user, siteId, query.date, {
      hasHeardCommittedChanges,
    });
    sendWithEtag(response, view);
  }

  @Get('sites/:siteId/availability/summary')
  getAvailabilitySummary(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Query() query: AvailabilitySummaryQueryDto,
  ): Promise<AvailabilitySummary> {
    return this.bookings.getAvailabilitySummary(user, siteId, query.from, query.to);
  }

  @Get('sites/:siteId/presence')
  @SiteHostOnly()
  getPresence(
    @Param('siteId', uuid) siteId: string,
    @Query() query: PresenceQueryDto,
  ): Promise<Presence> {
    return this.bookings.getPresence(siteId, query.date);
  }
}
