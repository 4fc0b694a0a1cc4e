import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { createKioskSchema, idSchema, type CreatedKiosk, type Kiosk } from '@admz/shared';
import { SiteHostOnly } from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { KiosksService } from './kiosks.service';

class CreateKioskDto extends zodDto(createKioskSchema) {}

const uuid = new ZodParamPipe(idSchema);

@Controller('sites/:siteId/kiosks')
@SiteHostOnly()
export class KiosksController {
  constructor(private readonly kiosks: KiosksService) {}

  @Get()
  listKiosks(@Param('siteId', uuid) siteId: string): Promise<Kiosk[]> {
    return this.kiosks.listKiosks(siteId);
  }

  @Post()
  createKiosk(
    @Param('siteId', uuid) siteId: string,
    @Body() body: CreateKioskDto,
  ): Promise<CreatedKiosk> {
    return this.kiosks.createKiosk(siteId, body);
  }

  @Post(':kioskId/revoke')
  @HttpCode(200)
  revokeKiosk(
    @Param('siteId', uuid) siteId: string,
    @Param('kioskId', uuid) kioskId: string,
  ): Promise<Kiosk> {
    return this.kiosks.revokeKiosk(siteId, kioskId);
  }
}
