import { Inject, Injectable } from '@nestjs/common';
import type { Readiness } from '@admz/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, type ProcessRole } from '../config';
import { JobsService } from '../jobs/jobs.service';

/** What a load balancer asks before sending requests, and the switch SIGTERM turns off. */
@Injectable()
export class HealthService {
  private isDraining = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** What this process does (`PROCESS_ROLE`): the health routes say it in a header. */
  get role(): ProcessRole {
    return this.config.processRole;
  }

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
    // An `api` process runs no worker by design: `workers` says so, and its readiness does not
    // wait for them (its pg-boss, which sends the jobs, started before it listened).
    const checks = {
      database,
      migrations,
      workers: this.jobs.runsWorkers && this.jobs.isRunning,
      acceptingRequests: !this.isDraining,
    };
    const required = this.jobs.runsWorkers ? checks : { ...checks, workers: true };
    return { status: Object.values(required).every(Boolean) ? 'ready' : 'not_ready', checks };
  }
}
