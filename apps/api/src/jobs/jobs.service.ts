import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { DATABASE_CONNECTION, type DatabaseConnection } from '../database/database-connection';
import { JobCompletions } from './job-completions';
import { jobQueues, type JobQueue } from './job-queues';
import { activeRequestStatementsSql, RequestsFirst } from './requests-first';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** The session-level advisory lock (`hashtext` of it) under which a process creates the queues. */
export const jobQueuesLockName = 'admz_job_queues';

/** The job being run: `retryCount` earlier attempts failed; the last one allowed has `retryCount === retryLimit`. */
export type RunningJob = { id: string; retryCount: number; retryLimit: number };
export type JobHandler<Data> = (data: Data, job: RunningJob) => Promise<void>;
export type SendOptions = Pick<
  PgBoss.SendOptions,
  | 'startAfter'
  | 'singletonKey'
  | 'singletonSeconds'
  | 'retryLimit'
  | 'retryDelay'
  | 'retryBackoff'
  | 'expireInSeconds'
> & {
  /**
   * The transaction of the change that causes the job: the job exists if and only if the change
   * commits. Required inside a transaction on the embedded database, where another connection
   * would wait for this one to end.
   */
  transaction?: EntityManager;
};

/** A statement with its positional values (`$1` …), planned to run inside another. */
export type PlannedStatement = { text: string; values: readonly unknown[] };

type Registration = {
  queue: JobQueue;
  handler: JobHandler<never>;
  workers: number;
  batchSize: number;
  yieldsToRequests: boolean;
};
type Schedule = { queue: JobQueue; cron: string };

/**
 * Background jobs on pg-boss: the queue lives in PostgreSQL (schema `pgboss`), so any API
 * process may send a job and exactly one process's worker runs it. Started once the app has
 * booted (migrations done), stopped before the database connections close. In a process whose
 * role is `api` it only sends: no worker polls, no cron is kept, no maintenance runs there.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly registrations: Registration[] = [];
  private readonly schedules: Schedule[] = [];
  private started: Promise<void> | null = null;
  private isStarted = false;
  private isStopped = false;
  /** Finished jobs are completed in groups: one statement for a run of mails, not one each. */
  private readonly completions = new JobCompletions((queue, ids) => this.boss.complete(queue, ids));
  /**
   * In a `worker` process on a PostgreSQL server; null elsewhere: the embedded database shows
   * no other connection, and an `all` process's mails use its request connections.
   */
  private readonly requestsFirst: RequestsFirst | null;
  /** False in an `api` process: jobs sent here run in a `worker` (or `all`) process. */
  readonly runsWorkers: boolean;

  constructor(
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_CONNECTION) database: DatabaseConnection,
  ) {
    this.runsWorkers = config.processRole !== 'api';
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      // A pool of its own: request paths send jobs (mails), workers poll; no long transactions.
      max: 10,
      application_name: 'admz-jobs',
      retryLimit: 3,
      retryDelay: 5,
      retentionDays: 7,
      archiveCompletedAfterSeconds: 3600,
      // Jobs left active by a process that died are failed (then retried) at maintenance.
      maintenanceIntervalSeconds: config.jobsMaintenanceSeconds,
      // Archived jobs carry booking ids and mail errors: kept RETENTION_JOBS_DAYS, then deleted.
      deleteAfterDays: config.retention.jobsDays,
      // Maintenance and the cron clock run where the workers do. pg-boss lets one process per
      // interval send the crons' jobs (a row it updates), so any number of workers sends each once.
      supervise: this.runsWorkers,
      schedule: this.runsWorkers,
    });
    this.boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    this.requestsFirst =
      config.processRole !== 'worker' || database.notifications || config.mailYieldSeconds === 0
        ? null
        : new RequestsFirst({
            maxHoldMs: config.mailYieldSeconds * 1000,
            countActive: async () => {
              const { rows } = await this.boss.getDb().executeSql(activeRequestStatementsSql, []);
              return Number((rows[0] as { active: number } | undefined)?.active ?? 0);
            },
          });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  /**
   * pg-boss is started and not stopping: workers poll and crons are registered, or, in an `api`
   * process, jobs can be sent. For the readiness check.
   */
  get isRunning(): boolean {
    return this.isStarted && !this.isStopped;
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    this.isStopped = true;
    this.requestsFirst?.stop();
    // Lets running handlers finish, then closes pg-boss's pool and timers.
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  /** Idempotent: the first call starts pg-boss, creates the queues, registers workers and crons. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      await this.createQueues();
      for (const registration of this.registrations) await this.subscribe(registration);
      for (const schedule of this.schedules) await this.subscribeSchedule(schedule);
      this.isStarted = true;
    })();
    return this.started;
  }

  /**
   * pg-boss 10 creates a queue's table and attaches it to its job table without a lock: processes
   * starting together on a new database deadlock there. They take turns on a session lock, held
   * on a connection of its own; the later ones find the queues made and change nothing.
   */
  private async createQueues(): Promise<void> {
    const client = new Client({
      connectionString: this.databaseUrl,
      application_name: 'admz-jobs',
    });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [jobQueuesLockName]);
      for (const queue of Object.values(jobQueues)) await this.boss.createQueue(queue);
    } finally {
      // The session ends, and its lock with it.
      await client.end();
    }
  }

  /** Enqueues a job; resolves with its id, or null when a singleton key already holds one. */
  async send<Data extends object>(
    queue: JobQueue,
    data: Data,
    { transaction, ...options }: SendOptions = {},
  ): Promise<string | null> {
    await this.start();
    return this.boss.send(queue, data, {
      ...options,
      ...(transaction ? { db: inTransaction(transaction) } : {}),
    });
  }

  /**
   * The statement pg-boss runs to enqueue this job, not run: a caller makes it part of its own
   * statement (a data-modifying CTE), so that the change and its job commit together in one
   * round trip. pg-boss writes it (defaults, queue policy, retries) exactly as `send` would.
   */
  async planSend<Data extends object>(
    queue: JobQueue,
    data: Data,
    options: Omit<SendOptions, 'transaction'> = {},
  ): Promise<PlannedStatement> {
    await this.start();
    const planned: PlannedStatement[] = [];
    await this.boss.send(queue, data, {
      ...options,
      db: {
        executeSql: async (text, values) => {
          planned.push({ text, values: values ?? [] });
          return { rows: [{ id: null }] };
        },
      },
    });
    const [statement] = planned;
    if (planned.length !== 1 || !statement) {
      throw new Error(`pg-boss sent ${planned.length} statements for one job; expected one`);
    }
    return statement;
  }

  /**
   * Runs `handler` for each job of `queue`: `workers` pollers in this process, each fetching up
   * to `batchSize` jobs at once and running them side by side; a throw retries that job only.
   * A worker that fetched a full batch fetches again at once instead of waiting for its next
   * poll, so a queue that fills up (a run of bookings, a change of hours) drains at the speed of
   * its handlers, not of the polling interval. `yieldsToRequests`: before fetching again, it
   * waits while requests are being served (RequestsFirst; MAIL_YIELD_SECONDS at most).
   */
  async work<Data extends object>(
    queue: JobQueue,
    handler: JobHandler<Data>,
    {
      workers = 1,
      batchSize = 1,
      yieldsToRequests = false,
    }: { workers?: number; batchSize?: number; yieldsToRequests?: boolean } = {},
  ): Promise<void> {
    if (!this.runsWorkers) return;
    const registration: Registration = {
      queue,
      handler: handler as JobHandler<never>,
      workers,
      batchSize,
      yieldsToRequests,
    };
    this.registrations.push(registration);
    if (this.started) {
      await this.started;
      await this.subscribe(registration);
    }
  }

  /** Sends an empty job to `queue` on a cron (UTC); pg-boss keeps one schedule per queue, whatever the number of processes. */
  async schedule(queue: JobQueue, cron: string): Promise<void> {
    if (!this.runsWorkers) return;
    const schedule = { queue, cron };
    this.schedules.push(schedule);
    if (this.started) {
      await this.started;
      await this.subscribeSchedule(schedule);
    }
  }

  private async subscribe({
    queue,
    handler,
    workers,
    batchSize,
    yieldsToRequests,
  }: Registration): Promise<void> {
    const requestsFirst = yieldsToRequests ? this.requestsFirst : null;
    for (let worker = 0; worker < workers; worker += 1) {
      let workerId = '';
      workerId = await this.boss.work<object>(
        queue,
        {
          pollingIntervalSeconds: this.config.jobsPollingSeconds,
          batchSize,
          includeMetadata: true,
        },
        async (jobs) => {
          const started = performance.now();
          await Promise.all(jobs.map((job) => this.runJob(queue, handler, job)));
          if (jobs.length < batchSize || this.isStopped) return;
          // The batch's jobs are done (completed or failed): holding back now holds none of them.
          // pg-boss gives up on this function at the batch's expiry and fetches again: the hold
          // ends well before.
          if (requestsFirst) {
            const expiresAt = started + shortestExpiryMs(jobs) * 0.8;
            await requestsFirst.waitForQuiet(longestWaitMs(jobs), expiresAt);
          }
          if (!this.isStopped) this.boss.notifyWorker(workerId);
        },
      );
    }
  }

  /**
   * One job of a batch: completed once its handler returns (pg-boss would not wait for its own
   * completion: a graceful stop then waits for it, and a finished job is never run again), or
   * failed alone — retried by pg-boss — when the handler throws. The completion is shared with
   * the jobs that finish within the next few milliseconds (JobCompletions).
   */
  private async runJob(
    queue: JobQueue,
    handler: JobHandler<never>,
    job: PgBoss.JobWithMetadata<object>,
  ): Promise<void> {
    try {
      await (handler as JobHandler<object>)(job.data, {
        id: job.id,
        retryCount: job.retryCount,
        retryLimit: job.retryLimit,
      });
    } catch (error) {
      const { name, message } =
        error instanceof Error ? error : { name: 'Error', message: String(error) };
      await this.boss.fail(queue, job.id, { name, message });
      return;
    }
    await this.completions.add(queue, job.id);
  }

  private async subscribeSchedule({ queue, cron }: Schedule): Promise<void> {
    await this.boss.schedule(queue, cron, {}, { tz: 'UTC', singletonKey: queue });
  }
}

/** How long the batch's longest-waiting job waited, from its creation to its fetch (the database's clock). */
function longestWaitMs(jobs: PgBoss.JobWithMetadata<object>[]): number {
  return Math.max(
    0,
    ...jobs.map((job) => new Date(job.startedOn).getTime() - new Date(job.createdOn).getTime()),
  );
}

/** The least time pg-boss gives the batch's handler (it waits for the jobs' longest `expireInSeconds`). */
function shortestExpiryMs(jobs: PgBoss.JobWithMetadata<object>[]): number {
  const shortest = Math.min(...jobs.map((job) => job.expireInSeconds * 1000));
  return Number.isFinite(shortest) ? shortest : Number.POSITIVE_INFINITY;
}

/** pg-boss's SQL, run on the connection of an open TypeORM transaction. */
function inTransaction(manager: EntityManager): PgBoss.Db {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive)
    throw new Error('A job sent with a transaction needs one open.');
  return {
    executeSql: async (text, values) => ({
      rows: (await runner.query(text, values, true)).records,
    }),
  };
}
