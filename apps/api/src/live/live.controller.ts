import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { idSchema } from '@admz/shared';
import type { Request, Response } from 'express';
import { CurrentKiosk, KioskOnly, SiteHostOnly } from '../auth/access.decorators';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { Kiosk } from '../kiosks/kiosk.entity';
import { LiveService } from './live.service';

const uuid = new ZodParamPipe(idSchema);

/** Server-Sent Events: a site's occupancy and attendance, as they change. */
@Controller()
export class LiveController {
  constructor(private readonly live: LiveService) {}

  @Get('sites/:siteId/live')
  @SiteHostOnly()
  async streamSite(
    @Param('siteId', uuid) siteId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.live.open(siteId, { kind: 'host' }, request, response);
  }

  @Get('kiosk/live')
  @KioskOnly()
  async streamKiosk(
    @CurrentKiosk() kiosk: Kiosk,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.live.open(kiosk.siteId, { kind: 'kiosk', kioskId: kiosk.id }, request, response);
  }
}
