import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Liveness, Readiness } from '@admz/shared';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { HealthService } from './health.service';

/** For load balancers and orchestrators: liveness and readiness, no credential, no personal data. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  checkLiveness(): Liveness {
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async checkReadiness(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const readiness = await this.health.checkReadiness();
    response.status(readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
