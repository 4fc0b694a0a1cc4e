import { Body, Controller, Delete, Get, Headers, Param, Put, Res } from '@nestjs/common';
import {
  idSchema,
  setPlanPositionSchema,
  zoneNameSchema,
  type Desk,
  type UploadedZonePlan,
  type ZoneSummary,
} from '@admz/shared';
import type { Response } from 'express';
import {
  CurrentKiosk,
  CurrentUser,
  KioskOnly,
  ReadsItsOwnBody,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { Kiosk } from '../kiosks/kiosk.entity';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { FloorPlansService, type ServedPlan } from './floor-plans.service';

class SetPlanPositionDto extends zodDto(setPlanPositionSchema) {}

const uuid = new ZodParamPipe(idSchema);
const zoneName = new ZodParamPipe(zoneNameSchema);

@Controller('sites/:siteId')
export class FloorPlansController {
  constructor(private readonly plans: FloorPlansService) {}

  @Get('zones')
  listZones(@Param('siteId', uuid) siteId: string): Promise<ZoneSummary[]> {
    return this.plans.listZones(siteId);
  }

  @Put('zones/:zone/plan')
  @SiteHostOnly()
  @ReadsItsOwnBody()
  uploadPlan(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('zone', zoneName) zone: string,
    @Headers('content-type') contentType: string | undefined,
    @Body() image: unknown,
  ): Promise<UploadedZonePlan> {
    return this.plans.uploadPlan(user, siteId, zone, contentType, image);
  }

  @Get('zones/:zone/plan')
  async getPlan(
    @Param('siteId', uuid) siteId: string,
    @Param('zone', zoneName) zone: string,
    @Res() response: Response,
  ): Promise<void> {
    sendPlanImage(response, await this.plans.getPlan(siteId, zone));
  }

  @Delete('zones/:zone/plan')
  @SiteHostOnly()
  deletePlan(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('zone', zoneName) zone: string,
  ): Promise<ZoneSummary> {
    return this.plans.deletePlan(user, siteId, zone);
  }

  @Put('desks/:deskId/plan-position')
  @SiteHostOnly()
  setPlanPosition(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Param('deskId', uuid) deskId: string,
    @Body() body: SetPlanPositionDto,
  ): Promise<Desk> {
    return this.plans.setPlanPosition(user, siteId, deskId, body);
  }
}

/** The kiosk draws the plan of the desk it greets someone with. */
@Controller('kiosk')
@KioskOnly()
export class KioskFloorPlansController {
  constructor(private readonly plans: FloorPlansService) {}

  @Get('zones/:zone/plan')
  async getPlan(
    @CurrentKiosk() kiosk: Kiosk,
    @Param('zone', zoneName) zone: string,
    @Res() response: Response,
  ): Promise<void> {
    sendPlanImage(response, await this.plans.getPlan(kiosk.siteId, zone));
  }
}

/** Every agent sees the plan: never let a browser run or sniff it, and revalidate by ETag. */
function sendPlanImage(response: Response, plan: ServedPlan): void {
  response.type(plan.contentType).set({
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy':
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'private, no-cache',
    ETag: plan.etag,
  });
  const knownTags = (response.req.headers['if-none-match'] ?? '')
    .split(',')
    .map((tag) => tag.trim());
  if (knownTags.includes(plan.etag)) {
    response.status(304).end();
    return;
  }
  response.send(plan.image);
}
