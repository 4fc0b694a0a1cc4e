import { z } from 'zod/mini';

/** `GET /api/health`: the process answers. */
export const livenessSchema = z.object({ status: z.literal('ok') });
export type Liveness = z.infer<typeof livenessSchema>;

/**
 * `GET /api/health/ready` (200 when ready, 503 otherwise): may a load balancer send requests
 * here? The database answers, every migration is applied, the background workers run, and
 * the process is not shutting down.
 */
export const readinessSchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  checks: z.object({
    database: z.boolean(),
    migrations: z.boolean(),
    workers: z.boolean(),
    acceptingRequests: z.boolean(),
  }),
});
export type Readiness = z.infer<typeof readinessSchema>;
