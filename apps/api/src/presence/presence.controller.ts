import { Body, Controller, Delete, Get, Param, Patch, Put, Query } from '@nestjs/common';
import {
  idSchema,
  isoDateSchema,
  presenceSearchQuerySchema,
  setBookingPresenceSchema,
  updatePresenceProfileSchema,
  type BookingPresence,
  type PresenceProfile,
  type PresenceSearchResult,
  type WhoIsHere,
} from '@admz/shared';
import { CurrentUser, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { PresenceService } from './presence.service';

class UpdatePresenceProfileDto extends zodDto(updatePresenceProfileSchema) {}
class SetBookingPresenceDto extends zodDto(setBookingPresenceSchema) {}
class PresenceSearchQueryDto extends zodDto(presenceSearchQuerySchema) {}

const uuid = new ZodParamPipe(idSchema);
const isoDate = new ZodParamPipe(isoDateSchema);

/** « Qui est là ? »: every route is an agent's, and answers hosts and admins the same. */
@Controller()
export class PresenceController {
  constructor(private readonly presence: PresenceService) {}

  @Get('me/presence-profile')
  getProfile(@CurrentUser() { user }: CurrentUserContext): Promise<PresenceProfile> {
    return this.presence.getProfile(user);
  }

  @Put('me/presence-profile')
  updateProfile(
    @CurrentUser() { user }: CurrentUserContext,
    @Body() body: UpdatePresenceProfileDto,
  ): Promise<PresenceProfile> {
    return this.presence.updateProfile(user, body);
  }

  @Delete('me/presence-profile')
  leave(@CurrentUser() { user }: CurrentUserContext): Promise<PresenceProfile> {
    return this.presence.leave(user);
  }

  @Patch('bookings/:bookingId/presence')
  setBookingPresence(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('bookingId', uuid) bookingId: string,
    @Body() body: SetBookingPresenceDto,
  ): Promise<BookingPresence> {
    return this.presence.setBookingPresence(user, bookingId, body.presence);
  }

  @Get('presence/bookings')
  listMyBookingPresence(@CurrentUser() { user }: CurrentUserContext): Promise<BookingPresence[]> {
    return this.presence.listMyBookingPresence(user);
  }

  @Get('presence/sites/:siteId/days/:date')
  whoIsHere(
    @Param('siteId', uuid) siteId: string,
    @Param('date', isoDate) date: string,
  ): Promise<WhoIsHere> {
    return this.presence.whoIsHere(siteId, date);
  }

  @Get('presence/search')
  search(@Query() query: PresenceSearchQueryDto): Promise<PresenceSearchResult> {
    return this.presence.search(query);
  }
}
