import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  idSchema,
  peopleSearchQuerySchema,
  personByEmailSchema,
  type SiteHosts,
  type SitePerson,
} from '@admz/shared';
import { AdminOnly, CurrentUser, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { HostsService } from './hosts.service';

class PersonByEmailDto extends zodDto(personByEmailSchema) {}
class PeopleSearchQueryDto extends zodDto(peopleSearchQuerySchema) {}

const uuid = new ZodParamPipe(idSchema);

/** Admins appoint and remove the hosts of each site. */
@Controller()
@AdminOnly()
export class HostsController {
  constructor(private readonly hosts: HostsService) {}

  @Get('sites/:siteId/hosts')
  listHosts(@Param('siteId', uuid) siteId: string): Promise<SiteHosts> {
    return this.hosts.listSiteHosts(siteId);
  }

  @Post('sites/:siteId/hosts')
  @HttpCode(200)
  appointHost(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: PersonByEmailDto,
  ): Promise<SiteHosts> {
    return this.hosts.appointHost(user, siteId, body.email);
  }

  @Delete('sites/:siteId/hosts/:userId')
  removeHost(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('userId', uuid) userId: string,
  ): Promise<SiteHosts> {
    return this.hosts.removeHost(user, siteId, userId);
  }

  @Delete('sites/:siteId/host-invitations/:invitationId')
  cancelInvitation(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('invitationId', uuid) invitationId: string,
  ): Promise<SiteHosts> {
    return this.hosts.cancelInvitation(user, siteId, invitationId);
  }

  @Get('people')
  searchPeople(@Query() query: PeopleSearchQueryDto): Promise<SitePerson[]> {
    return this.hosts.searchPeople(query.query);
  }
}
