import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  createRoomBookingSchema,
  createRoomSchema,
  idSchema,
  roomAvailabilityQuerySchema,
  roomRulesSchema,
  updateRoomSchema,
  type Room,
  type RoomBooking,
  type RoomDayAvailability,
  type RoomRules,
} from '@admz/shared';
import { CurrentUser, SiteHostOnly, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { RoomsService } from './rooms.service';

class CreateRoomDto extends zodDto(createRoomSchema) {}
class UpdateRoomDto extends zodDto(updateRoomSchema) {}
class CreateRoomBookingDto extends zodDto(createRoomBookingSchema) {}
class RoomAvailabilityQueryDto extends zodDto(roomAvailabilityQuerySchema) {}
class RoomRulesDto extends zodDto(roomRulesSchema) {}

const uuid = new ZodParamPipe(idSchema);

/** What every agent does with rooms: see a site's rooms and day, book one, cancel their own. */
@Controller()
export class RoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Get('rooms/bookings/mine')
  listMine(@CurrentUser() { user }: CurrentUserContext): Promise<RoomBooking[]> {
    return this.rooms.listMine(user);
  }

  @Post('rooms/bookings')
  book(
    @CurrentUser() context: CurrentUserContext,
    @Body() body: CreateRoomBookingDto,
  ): Promise<RoomBooking> {
    return this.rooms.book(context, body);
  }

  @Delete('rooms/bookings/:roomBookingId')
  cancelMine(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('roomBookingId', uuid) roomBookingId: string,
  ): Promise<RoomBooking> {
    return this.rooms.cancelMine(user, roomBookingId);
  }

  @Get('sites/:siteId/rooms')
  listRooms(
    @CurrentUser() context: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
  ): Promise<Room[]> {
    return this.rooms.listRooms(context, siteId);
  }

  @Get('sites/:siteId/rooms/availability')
  getDayAvailability(
    @CurrentUser() context: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Query() query: RoomAvailabilityQueryDto,
  ): Promise<RoomDayAvailability> {
    return this.rooms.getDayAvailability(context, siteId, query.date);
  }
}

/** What the hosts of a site do with its rooms: create and change them, see and cancel bookings. */
@Controller('sites/:siteId/rooms')
@SiteHostOnly()
export class SiteRoomsController {
  constructor(private readonly rooms: RoomsService) {}

  @Post()
  createRoom(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateRoomDto,
  ): Promise<Room> {
    return this.rooms.createRoom(user, siteId, body);
  }

  @Get('rules')
  getRules(@Param('siteId', uuid) siteId: string): Promise<RoomRules> {
    return this.rooms.getRules(siteId);
  }

  @Put('rules')
  updateRules(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: RoomRulesDto,
  ): Promise<RoomRules> {
    return this.rooms.updateRules(user, siteId, body);
  }

  @Get('bookings')
  listBookings(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Query() query: RoomAvailabilityQueryDto,
  ): Promise<RoomBooking[]> {
    return this.rooms.listSiteBookings(user, siteId, query.date);
  }

  @Delete('bookings/:roomBookingId')
  cancelBooking(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('roomBookingId', uuid) roomBookingId: string,
  ): Promise<RoomBooking> {
    return this.rooms.cancelAsHost(user, siteId, roomBookingId);
  }

  @Patch(':roomId')
  updateRoom(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('roomId', uuid) roomId: string,
    @Body() body: UpdateRoomDto,
  ): Promise<Room> {
    return this.rooms.updateRoom(user, siteId, roomId, body);
  }
}
