import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  createDeskSchema,
  createSiteSchema,
  idSchema,
  isoDateSchema,
  openingExceptionInputSchema,
  replaceWeeklyOpeningSchema,
  updateDeskSchema,
  updateSiteSchema,
  deleteOpeningExceptionQuerySchema,
  type Desk,
  type OpeningHours,
  type Site,
} from '@admz/shared';
import {
  AdminOnly,
  CurrentUser,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { OpeningHoursService } from './opening-hours.service';
import { SitesService, toSiteResponse } from './sites.service';

class CreateSiteDto extends zodDto(createSiteSchema) {}
class UpdateSiteDto extends zodDto(updateSiteSchema) {}
class DeleteOpeningExceptionQueryDto extends zodDto(deleteOpeningExceptionQuerySchema) {}
class CreateDeskDto extends zodDto(createDeskSchema) {}
class UpdateDeskDto extends zodDto(updateDeskSchema) {}
class ReplaceWeeklyOpeningDto extends zodDto(replaceWeeklyOpeningSchema) {}
class OpeningExceptionDto extends zodDto(openingExceptionInputSchema) {}

const uuid = new ZodParamPipe(idSchema);
const date = new ZodParamPipe(isoDateSchema);

@Controller('sites')
export class SitesController {
  constructor(
    private readonly sites: SitesService,
    private readonly openingHours: OpeningHoursService,
  ) {}

  @Get()
  listSites(): Promise<Site[]> {
    return this.sites.listSites();
  }

  @Get(':siteId')
  async getSite(@Param('siteId', uuid) siteId: string): Promise<Site> {
    return toSiteResponse(await this.sites.getSite(siteId));
  }

  @Post()
  @AdminOnly()
  createSite(
    @CurrentUser() { user }: CurrentUserContext,
    @Body() body: CreateSiteDto,
  ): Promise<Site> {
    return this.sites.createSite(user, body);
  }

  @Patch(':siteId')
  @SiteHostOnly()
  updateSite(@Param('siteId', uuid) siteId: string, @Body() body: UpdateSiteDto): Promise<Site> {
    return this.sites.updateSite(siteId, body);
  }

  @Get(':siteId/desks')
  listDesks(@Param('siteId', uuid) siteId: string): Promise<Desk[]> {
    return this.sites.listDesks(siteId);
  }

  @Post(':siteId/desks')
  @SiteHostOnly()
  createDesk(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateDeskDto,
  ): Promise<Desk> {
    return this.sites.createDesk(user, siteId, body);
  }

  @Patch(':siteId/desks/:deskId')
  @SiteHostOnly()
  updateDesk(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('deskId', uuid) deskId: string,
    @Body() body: UpdateDeskDto,
  ): Promise<Desk> {
    return this.sites.updateDesk(user, siteId, deskId, body);
  }

  @Get(':siteId/opening-hours')
  getOpeningHours(@Param('siteId', uuid) siteId: string): Promise<OpeningHours> {
    return this.openingHours.getOpeningHours(siteId);
  }

  @Put(':siteId/opening-hours/weekly')
  @SiteHostOnly()
  replaceWeeklyOpening(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: ReplaceWeeklyOpeningDto,
  ): Promise<OpeningHours> {
    return this.openingHours.replaceWeeklyOpening(user, siteId, body);
  }

  @Put(':siteId/opening-hours/exceptions/:date')
  @SiteHostOnly()
  putOpeningException(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('date', date) day: string,
    @Body() body: OpeningExceptionDto,
  ): Promise<OpeningHours> {
    return this.openingHours.putOpeningException(user, siteId, day, body);
  }

  @Delete(':siteId/opening-hours/exceptions/:date')
  @SiteHostOnly()
  deleteOpeningException(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('date', date) day: string,
    @Query() query: DeleteOpeningExceptionQueryDto,
  ): Promise<OpeningHours> {
    return this.openingHours.deleteOpeningException(user, siteId, day, query.confirm);
  }
}
