import { Injectable } from '@nestjs/common';
import type { Readiness } from '@admz/shared';
import { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';

/** What a load balancer asks before sending requests, and the switch SIGTERM turns off. */
@Injectable()
export class HealthService {
  private isDraining = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** From now on the process says it is not ready: the load balancer stops sending requests. */
  startDraining(): void {
    this.isDraining = true;
  }

  get acceptsRequests(): boolean {
    return !this.isDraining;
  }

  async checkReadiness(): Promise<Readiness> {
    const [database, migrations] = await Promise.all([
      this.dataSource
        .query('SELECT 1')
        .then(() => true)
        .catch(() => false),
      this.dataSource
        .showMigrations()
        .then((hasPending) => !hasPending)
        .catch(() => false),
    ]);
    const checks = {
      database,
      migrations,
      workers: this.jobs.isRunning,
      acceptingRequests: !this.isDraining,
    };
    return { status: Object.values(checks).every(Boolean) ? 'ready' : 'not_ready', checks };
  }
}
