import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  createGuestInvitationSchema,
  declineGuestInvitationSchema,
  guestSettingsSchema,
  idSchema,
  siteGuestInvitationsQuerySchema,
  type GuestInvitation,
  type GuestPublicView,
  type GuestSettings,
} from '@admz/shared';
import {
  CurrentUser,
  Public,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { GuestsService } from './guests.service';

class CreateGuestInvitationDto extends zodDto(createGuestInvitationSchema) {}
class DeclineGuestInvitationDto extends zodDto(declineGuestInvitationSchema) {}
class SiteGuestInvitationsQueryDto extends zodDto(siteGuestInvitationsQuerySchema) {}
class GuestSettingsDto extends zodDto(guestSettingsSchema) {}

const uuid = new ZodParamPipe(idSchema);

/** What an agent does: invite someone for a day, follow and cancel their invitations. */
@Controller('guests/invitations')
export class GuestsController {
  constructor(private readonly guests: GuestsService) {}

  @Post()
  invite(
    @CurrentUser() { user }: CurrentUserContext,
    @Body() body: CreateGuestInvitationDto,
  ): Promise<GuestInvitation> {
    return this.guests.invite(user, body);
  }

  @Get()
  listMine(@CurrentUser() { user }: CurrentUserContext): Promise<GuestInvitation[]> {
    return this.guests.listMine(user);
  }

  @Post(':invitationId/cancel')
  @HttpCode(200)
  cancel(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<GuestInvitation> {
    return this.guests.cancelMine(user, invitationId);
  }
}

/** The site's hosts: the invitations of their site, to approve or decline. */
@Controller('sites/:siteId/guests/invitations')
@SiteHostOnly()
export class SiteGuestsController {
  constructor(private readonly guests: GuestsService) {}

  @Get()
  list(
    @Param('siteId', uuid) siteId: string,
    @Query() query: SiteGuestInvitationsQueryDto,
  ): Promise<GuestInvitation[]> {
    return this.guests.listForSite(siteId, query.date);
  }

  @Post(':invitationId/approval')
  @HttpCode(200)
  approve(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<GuestInvitation> {
    return this.guests.approve(user, siteId, invitationId);
  }

  @Post(':invitationId/decline')
  @HttpCode(200)
  decline(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('invitationId', uuid) invitationId: string,
    @Body() body: DeclineGuestInvitationDto,
  ): Promise<GuestInvitation> {
    return this.guests.decline(user, siteId, invitationId, body.reason);
  }
}

/** The site's rules for guests: a host's approval of each invitation, the usage charter. */
@Controller('sites/:siteId/guests/settings')
@SiteHostOnly()
export class SiteGuestSettingsController {
  constructor(private readonly guests: GuestsService) {}

  @Get()
  get(@Param('siteId', uuid) siteId: string): Promise<GuestSettings> {
    return this.guests.getSettings(siteId);
  }

  @Put()
  update(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: GuestSettingsDto,
  ): Promise<GuestSettings> {
    return this.guests.updateSettings(user, siteId, body);
  }
}

/** The guest's page, opened by the secret link of their mail: no account. */
@Controller('public/guest-invitations/:secret')
@Public()
export class PublicGuestInvitationsController {
  constructor(private readonly guests: GuestsService) {}

  @Get()
  getView(@Param('secret') secret: string): Promise<GuestPublicView> {
    return this.guests.getPublicView(secret);
  }

  @Post('charter-acceptance')
  @HttpCode(200)
  acceptCharter(@Param('secret') secret: string): Promise<GuestPublicView> {
    return this.guests.acceptCharter(secret);
  }
}
