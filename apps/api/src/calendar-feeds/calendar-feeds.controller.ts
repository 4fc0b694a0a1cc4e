import { Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { idSchema, type CalendarFeed, type CalendarFeedStatus } from '@admz/shared';
import { CurrentUser, Public, type CurrentUserContext } from '../auth/access.decorators';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { CalendarFeedsService } from './calendar-feeds.service';

const calendarType = 'text/calendar; charset=utf-8';

@Controller()
export class CalendarFeedsController {
  constructor(private readonly calendarFeeds: CalendarFeedsService) {}

  @Get('me/calendar-feed')
  getMyCalendarFeed(@CurrentUser() { user }: CurrentUserContext): Promise<CalendarFeedStatus> {
    return this.calendarFeeds.getMyFeedStatus(user);
  }

  @Post('me/calendar-feed/regenerate')
  @HttpCode(200)
  regenerateMyCalendarFeed(@CurrentUser() { user }: CurrentUserContext): Promise<CalendarFeed> {
    return this.calendarFeeds.regenerateMyFeed(user);
  }

  @Delete('me/calendar-feed')
  revokeMyCalendarFeed(@CurrentUser() { user }: CurrentUserContext): Promise<CalendarFeedStatus> {
    return this.calendarFeeds.revokeMyFeed(user);
  }

  // The secret token in the address is the credential: calendar clients send no cookie.
  @Get('calendar/:token.ics')
  @Public()
  @Header('Content-Type', calendarType)
  @Header('Cache-Control', 'private, max-age=300')
  renderBookingsFeed(@Param('token') token: string): Promise<string> {
    return this.calendarFeeds.renderBookingsFeed(token);
  }

  @Get('sites/:siteId/closures.ics')
  @Public()
  @Header('Content-Type', calendarType)
  @Header('Cache-Control', 'public, max-age=900')
  renderClosuresFeed(@Param('siteId', new ZodParamPipe(idSchema)) siteId: string): Promise<string> {
    return this.calendarFeeds.renderClosuresFeed(siteId);
  }
}
