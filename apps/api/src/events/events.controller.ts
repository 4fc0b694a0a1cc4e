import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  archiveSearchQuerySchema,
  replaceEventArchiveSchema,
  type ArchiveSearchResult,
  type EventArchive,
  approveEventSchema,
  cancelEventSchema,
  messageRegistrantsSchema,
  createHostedEventSchema,
  declineEventSchema,
  idSchema,
  proposeEventSchema,
  registerToEventSchema,
  type Event,
  type EventApproval,
  type EventAttendance,
  type EventPass,
  type EventRegistrant,
  type EventRegistrationState,
  type MyEventRegistration,
  type RegistrantsMessageSent,
} from '@admz/shared';
import {
  CurrentUser,
  EventOrganiserOnly,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { EventArchiveService } from './event-archive.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventsService } from './events.service';

class ProposeEventDto extends zodDto(proposeEventSchema) {}
class CreateHostedEventDto extends zodDto(createHostedEventSchema) {}
class ApproveEventDto extends zodDto(approveEventSchema) {}
class DeclineEventDto extends zodDto(declineEventSchema) {}
class RegisterToEventDto extends zodDto(registerToEventSchema) {}
class CancelEventDto extends zodDto(cancelEventSchema) {}
class MessageRegistrantsDto extends zodDto(messageRegistrantsSchema) {}
class ArchiveSearchQueryDto extends zodDto(archiveSearchQuerySchema) {}
class ReplaceEventArchiveDto extends zodDto(replaceEventArchiveSchema) {}

const uuid = new ZodParamPipe(idSchema);

/** What every agent does with events: read the agendas, propose one, follow their proposals. */
@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly archive: EventArchiveService,
  ) {}

  @Get('events')
  listUpcoming(@CurrentUser() context: CurrentUserContext): Promise<Event[]> {
    return this.events.listUpcoming(context);
  }

  @Get('events/mine')
  listMine(@CurrentUser() { user }: CurrentUserContext): Promise<Event[]> {
    return this.events.listMine(user);
  }

  @Get('events/registered')
  listRegistered(@CurrentUser() context: CurrentUserContext): Promise<MyEventRegistration[]> {
    return this.events.listRegistered(context);
  }

  // Before « events/:eventId », which would read « archive » as an id.
  @Get('events/archive')
  searchArchive(@Query() query: ArchiveSearchQueryDto): Promise<ArchiveSearchResult> {
    return this.archive.search(query);
  }

  @Get('events/:eventId')
  getEvent(
    @CurrentUser() context: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
  ): Promise<Event> {
    return this.events.getEvent(context, eventId);
  }

  @Get('events/:eventId/archive')
  getArchive(
    @CurrentUser() context: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventArchive> {
    return this.archive.getArchive(context, eventId);
  }

  @Get('events/:eventId/registration')
  getRegistration(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventRegistrationState> {
    return this.registrations.getState(user, eventId);
  }

  @Post('events/:eventId/registration')
  @HttpCode(200)
  register(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
    @Body() body: RegisterToEventDto,
  ): Promise<EventRegistrationState> {
    return this.registrations.register(user, eventId, body);
  }

  @Get('events/:eventId/pass')
  getPass(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventPass> {
    return this.registrations.getPass(user, eventId);
  }

  @Delete('events/:eventId/registration')
  unregister(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventRegistrationState> {
    return this.registrations.unregister(user, eventId);
  }

  @Get('sites/:siteId/events')
  listAgenda(
    @CurrentUser() context: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
  ): Promise<Event[]> {
    return this.events.listAgenda(context, siteId);
  }

  @Post('sites/:siteId/events')
  propose(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: ProposeEventDto,
  ): Promise<Event> {
    return this.events.propose(user, siteId, body);
  }
}

/** What the hosts of a site do with its events: validate proposals, create events directly. */
@Controller('sites/:siteId/events')
@SiteHostOnly()
export class SiteEventsController {
  constructor(private readonly events: EventsService) {}

  @Get('pending')
  listPending(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
  ): Promise<Event[]> {
    return this.events.listPending(user, siteId);
  }

  @Post('hosted')
  createHosted(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateHostedEventDto,
  ): Promise<EventApproval> {
    return this.events.createHosted(user, siteId, body);
  }

  @Post(':eventId/approval')
  @HttpCode(200)
  approve(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
    @Body() body: ApproveEventDto,
  ): Promise<EventApproval> {
    return this.events.approve(user, siteId, eventId, body.confirm);
  }

  @Post(':eventId/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
    @Body() body: DeclineEventDto,
  ): Promise<Event> {
    return this.events.decline(user, siteId, eventId, body);
  }
}

/** What an event's organisers do: the site's hosts, and the agent who proposed it. */
@Controller('sites/:siteId/events/:eventId')
@EventOrganiserOnly()
export class EventOrganiserController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly archive: EventArchiveService,
  ) {}

  @Put('archive')
  replaceArchive(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
    @Body() body: ReplaceEventArchiveDto,
  ): Promise<EventArchive> {
    return this.archive.replace(user, siteId, eventId, body);
  }

  @Get('attendance')
  getAttendance(
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventAttendance> {
    return this.registrations.getAttendance(siteId, eventId);
  }

  @Get('registrations')
  listRegistrants(
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
  ): Promise<EventRegistrant[]> {
    return this.registrations.listRegistrants(siteId, eventId);
  }

  @Post('message')
  @HttpCode(200)
  messageRegistrants(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
    @Body() body: MessageRegistrantsDto,
  ): Promise<RegistrantsMessageSent> {
    return this.registrations.messageRegistrants(user, siteId, eventId, body);
  }

  @Post('cancellation')
  @HttpCode(200)
  cancel(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('eventId', uuid) eventId: string,
    @Body() body: CancelEventDto,
  ): Promise<Event> {
    return this.events.cancel(user, siteId, eventId, body);
  }
}
