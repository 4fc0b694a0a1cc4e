import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Liveness, Readiness } from '@admz/shared';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';
import { HealthService } from './health.service';

/** `all`, `api` or `worker`: what answered (a worker is never behind the load balancer). */
export const processRoleHeader = 'X-AdmZ-Process-Role';

/** For load balancers and orchestrators: liveness and readiness, no credential, no personal data. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  checkLiveness(@Res({ passthrough: true }) response: Response): Liveness {
    response.setHeader(processRoleHeader, this.health.role);
    return { status: 'ok' };
  }

  @Public()
  @Get('ready')
  async checkReadiness(@Res({ passthrough: true }) response: Response): Promise<Readiness> {
    const readiness = await this.health.checkReadiness();
    response.setHeader(processRoleHeader, this.health.role);
    response.status(readiness.status === 'ready' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return readiness;
  }
}
