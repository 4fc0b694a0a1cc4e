import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import {
  archiveSiteQuerySchema,
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
import type { Response } from 'express';
import {
  AdminOnly,
  CurrentUser,
  ReadsItsOwnBody,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { OpeningHoursService } from './opening-hours.service';
import { SitePhotosService, type ServedSitePhoto } from './site-photos.service';
import { SitesService } from './sites.service';

class CreateSiteDto extends zodDto(createSiteSchema) {}
class UpdateSiteDto extends zodDto(updateSiteSchema) {}
class ArchiveSiteQueryDto extends zodDto(archiveSiteQuerySchema) {}
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
    private readonly photos: SitePhotosService,
  ) {}

  @Get()
  listSites(@CurrentUser() context: CurrentUserContext): Promise<Site[]> {
    return this.sites.listSites(context);
  }

  @Get(':siteId')
  getSite(@Param('siteId', uuid) siteId: string): Promise<Site> {
    return this.sites.getSiteResponse(siteId);
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
  updateSite(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: UpdateSiteDto,
  ): Promise<Site> {
    return this.sites.updateSite(user, siteId, body);
  }

  @Post(':siteId/archive')
  @AdminOnly()
  @HttpCode(200)
  archiveSite(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Query() query: ArchiveSiteQueryDto,
  ): Promise<Site> {
    return this.sites.archiveSite(user, siteId, query.confirm);
  }

  @Post(':siteId/restore')
  @AdminOnly()
  @HttpCode(200)
  restoreSite(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
  ): Promise<Site> {
    return this.sites.restoreSite(user, siteId);
  }

  @Put(':siteId/photo')
  @SiteHostOnly()
  @ReadsItsOwnBody()
  uploadPhoto(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() image: unknown,
  ): Promise<Site> {
    return this.photos.uploadPhoto(user, siteId, contentType, image);
  }

  @Get(':siteId/photo')
  async getPhoto(@Param('siteId', uuid) siteId: string, @Res() response: Response): Promise<void> {
    sendPhoto(response, await this.photos.getPhoto(siteId));
  }

  @Delete(':siteId/photo')
  @SiteHostOnly()
  deletePhoto(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
  ): Promise<Site> {
    return this.photos.deletePhoto(user, siteId);
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

/** Every site, archived ones included: the admins' page of the network. */
@Controller('admin/sites')
@AdminOnly()
export class AdminSitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  listAllSites(): Promise<Site[]> {
    return this.sites.listAllSites();
  }
}

/** Every agent sees the photo: never let a browser run or sniff it, and revalidate by ETag. */
function sendPhoto(response: Response, photo: ServedSitePhoto): void {
  response.type(photo.contentType).set({
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'private, no-cache',
    ETag: photo.etag,
  });
  const knownTags = (response.req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim());
  if (knownTags.includes(photo.etag)) {
    response.status(304).end();
    return;
  }
  response.send(photo.image);
}
