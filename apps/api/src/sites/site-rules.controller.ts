import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import {
  assignDeskSchema,
  idSchema,
  personByEmailSchema,
  siteRulesSchema,
  type DeskAssignment,
  type SitePerson,
  type SiteRules,
} from '@admz/shared';
import { CurrentUser, SiteHostOnly, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { SiteRulesService } from './site-rules.service';

class SiteRulesDto extends zodDto(siteRulesSchema) {}
class PersonByEmailDto extends zodDto(personByEmailSchema) {}
class AssignDeskDto extends zodDto(assignDeskSchema) {}

const uuid = new ZodParamPipe(idSchema);

@Controller('sites/:siteId')
export class SiteRulesController {
  constructor(private readonly siteRules: SiteRulesService) {}

  @Get('rules')
  getRules(@Param('siteId', uuid) siteId: string): Promise<SiteRules> {
    return this.siteRules.getRules(siteId);
  }

  @Put('rules')
  @SiteHostOnly()
  updateRules(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: SiteRulesDto,
  ): Promise<SiteRules> {
    return this.siteRules.updateRules(user, siteId, body);
  }

  @Get('key-holders')
  @SiteHostOnly()
  listKeyHolders(@Param('siteId', uuid) siteId: string): Promise<SitePerson[]> {
    return this.siteRules.listKeyHolders(siteId);
  }

  @Put('key-holders')
  @SiteHostOnly()
  addKeyHolder(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: PersonByEmailDto,
  ): Promise<SitePerson[]> {
    return this.siteRules.addKeyHolder(user, siteId, body.email);
  }

  @Delete('key-holders/:userId')
  @SiteHostOnly()
  removeKeyHolder(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('userId', uuid) userId: string,
  ): Promise<SitePerson[]> {
    return this.siteRules.removeKeyHolder(user, siteId, userId);
  }

  @Get('desk-assignments')
  @SiteHostOnly()
  listDeskAssignments(@Param('siteId', uuid) siteId: string): Promise<DeskAssignment[]> {
    return this.siteRules.listDeskAssignments(siteId);
  }

  @Put('desk-assignments/:deskId')
  @SiteHostOnly()
  assignDesk(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('deskId', uuid) deskId: string,
    @Body() body: AssignDeskDto,
  ): Promise<DeskAssignment[]> {
    return this.siteRules.assignDesk(user, siteId, deskId, body);
  }
}
