import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { LiveService } from '../live/live.service';
import { HealthService } from './health.service';

/** How long requests in flight may take to finish before their connections are cut. */
export const drainTimeoutMs = 20_000;

/**
 * What SIGTERM does: say "not ready" (the load balancer stops sending), end the live streams
 * (their clients reconnect elsewhere), stop accepting connections and let the requests in flight
 * finish, then stop the background workers and close the database — in that order, so that no
 * request loses its database or its job queue halfway.
 */
export async function drainAndClose(
  app: NestExpressApplication,
  timeoutMs = drainTimeoutMs,
): Promise<void> {
  const logger = new Logger('Shutdown');
  logger.warn('Arrêt demandé : fin des requêtes en cours, puis des tâches de fond.');
  app.get(HealthService).startDraining();
  app.get(LiveService).closeStreams();
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Node closes idle keep-alive connections at once; busy ones end with their response.
  const deadline = setTimeout(() => {
    logger.error(`Requêtes encore en cours après ${timeoutMs / 1000} s : connexions coupées.`);
    server.closeAllConnections();
  }, timeoutMs);
  await closed;
  clearTimeout(deadline);
  await app.close();
  logger.warn('Arrêté : requêtes servies, tâches de fond arrêtées, base de données fermée.');
}
