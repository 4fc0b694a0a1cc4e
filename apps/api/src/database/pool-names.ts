/**
 * How the pools name their connections in `pg_stat_activity`: `requests` for the pools that
 * serve requests (`api` and `all` processes) — what a worker's mails yield to
 * (jobs/requests-first.ts) — and `worker` for a worker's.
 */
export const poolNames = { requests: 'admz-api', worker: 'admz-worker' } as const;

export type PoolName = (typeof poolNames)[keyof typeof poolNames];
