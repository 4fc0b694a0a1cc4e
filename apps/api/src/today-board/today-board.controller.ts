import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  bookOnBehalfSchema,
  idSchema,
  peopleSearchQuerySchema,
  type Booking,
  type EvacuationList,
  type SitePerson,
  type TodayBoard,
} from '@admz/shared';
import { CurrentUser, SiteHostOnly, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { TodayBoardService } from './today-board.service';

class BookOnBehalfDto extends zodDto(bookOnBehalfSchema) {}
class PeopleSearchQueryDto extends zodDto(peopleSearchQuerySchema) {}

const uuid = new ZodParamPipe(idSchema);

/** The host's day at a site: the board, the evacuation list, and what a host does by hand. */
@Controller('sites/:siteId')
@SiteHostOnly()
export class TodayBoardController {
  constructor(private readonly board: TodayBoardService) {}

  @Get('today')
  getToday(@Param('siteId', uuid) siteId: string): Promise<TodayBoard> {
    return this.board.getToday(siteId);
  }

  @Get('evacuation')
  getEvacuationList(@Param('siteId', uuid) siteId: string): Promise<EvacuationList> {
    return this.board.getEvacuationList(siteId);
  }

  @Get('people')
  searchPeople(
    @Param('siteId', uuid) siteId: string,
    @Query() query: PeopleSearchQueryDto,
  ): Promise<SitePerson[]> {
    return this.board.searchPeople(siteId, query.query);
  }

  @Post('bookings')
  bookOnBehalf(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: BookOnBehalfDto,
  ): Promise<Booking> {
    return this.board.bookOnBehalf(user, siteId, body);
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  cancelOnBehalf(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<Booking> {
    return this.board.cancelOnBehalf(user, siteId, bookingId);
  }

  @Post('bookings/:bookingId/arrival')
  @HttpCode(200)
  markArrival(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<Booking> {
    return this.board.markArrival(user, siteId, bookingId);
  }

  @Post('bookings/:bookingId/departure')
  @HttpCode(200)
  markDeparture(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('bookingId', uuid) bookingId: string,
  ): Promise<Booking> {
    return this.board.markDeparture(user, siteId, bookingId);
  }
}
