import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  bulkCreateDesksSchema,
  createZoneSchema,
  deactivateDesksSchema,
  idSchema,
  reactivateDesksSchema,
  reorderZonesSchema,
  updateZoneSchema,
  type Desk,
  type DeskDeactivation,
  type ZoneSummary,
} from '@admz/shared';
import { CurrentUser, SiteHostOnly, type CurrentUserContext } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { SiteConsoleService } from './site-console.service';

class CreateZoneDto extends zodDto(createZoneSchema) {}
class UpdateZoneDto extends zodDto(updateZoneSchema) {}
class ReorderZonesDto extends zodDto(reorderZonesSchema) {}
class BulkCreateDesksDto extends zodDto(bulkCreateDesksSchema) {}
class DeactivateDesksDto extends zodDto(deactivateDesksSchema) {}
class ReactivateDesksDto extends zodDto(reactivateDesksSchema) {}

const uuid = new ZodParamPipe(idSchema);

/** « Postes et zones »: the hosts of a site shape its zones and desks. */
@Controller('sites/:siteId')
@SiteHostOnly()
export class SiteConsoleController {
  constructor(private readonly console: SiteConsoleService) {}

  @Post('zones')
  createZone(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateZoneDto,
  ): Promise<ZoneSummary[]> {
    return this.console.createZone(user, siteId, body);
  }

  @Put('zones/order')
  reorderZones(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: ReorderZonesDto,
  ): Promise<ZoneSummary[]> {
    return this.console.reorderZones(user, siteId, body);
  }

  @Patch('zones/:zoneId')
  updateZone(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('zoneId', uuid) zoneId: string,
    @Body() body: UpdateZoneDto,
  ): Promise<ZoneSummary[]> {
    return this.console.updateZone(user, siteId, zoneId, body);
  }

  @Delete('zones/:zoneId')
  deleteZone(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('zoneId', uuid) zoneId: string,
  ): Promise<ZoneSummary[]> {
    return this.console.deleteZone(user, siteId, zoneId);
  }

  @Post('desks/bulk')
  bulkCreateDesks(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: BulkCreateDesksDto,
  ): Promise<Desk[]> {
    return this.console.bulkCreateDesks(user, siteId, body);
  }

  @Post('desks/deactivation')
  @HttpCode(200)
  deactivateDesks(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: DeactivateDesksDto,
  ): Promise<DeskDeactivation> {
    return this.console.deactivateDesks(user, siteId, body);
  }

  @Post('desks/reactivation')
  @HttpCode(200)
  reactivateDesks(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: ReactivateDesksDto,
  ): Promise<Desk[]> {
    return this.console.reactivateDesks(user, siteId, body);
  }
}
