import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import type { ErrorResponse } from '@admz/shared';
import { DataSource } from 'typeorm';
import { AppModule, type AppModuleOptions } from './app.module';
import { Clock } from './common/clock';
import { securityHeaders } from './common/security-headers';
import { frontEndRouter } from './front-end/serve-front-end';
import { mountLocalIdentityProvider } from './identity-provider/identity-provider';
import { buildOpenApiDocument } from './openapi/openapi';
import { runPendingMigrations } from './database/run-migrations';
import { seedDemoData } from './seed/demo-data';
import { serveSecurityTxt } from './well-known/security-txt';

/** Largest JSON body accepted: an offline kiosk's replay batch is the largest the API expects. */
export const jsonBodyLimit = '1mb';

export type CreateAppOptions = AppModuleOptions & { isQuiet?: boolean };

/** Builds the whole AdmZ server: API, identity provider (dev), web and kiosk front ends. */
export async function createApp(options: CreateAppOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    // Route-mapping chatter hidden: the start banner says what matters.
    logger: options.isQuiet ? ['error'] : ['warn', 'error'],
    // JSON only: a form-encoded body is never parsed where the API expects JSON (CSRF by form).
    bodyParser: false,
  });
  const isWorker = options.config.processRole === 'worker';
  // The person's address (attempt limits) is read from X-Forwarded-For set by these proxies only.
  app.set('trust proxy', options.config.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(options.config));
  if (isWorker) answerOnlyHealth(app);
  // Before Nest's body parsers, which would consume the provider's form posts.
  if (!options.config.oidc.issuer && !isWorker) {
    mountLocalIdentityProvider(app, options.config, options.persistDir);
  }
  app.useBodyParser('json', { limit: jsonBodyLimit });
  app.use(cookieParser());
  // No enableShutdownHooks(): main.ts handles SIGTERM itself, draining before it closes.
  app.setGlobalPrefix('api');

  const dataSource = app.get(DataSource);
  const clock = app.get(Clock);
  // Under a lock: processes started together on an empty database migrate it once.
  await runPendingMigrations(dataSource, {
    isEmbedded: options.databaseNotifications !== undefined,
  });
  // The processes that serve people seed; a worker only works on what is there.
  if (options.config.shouldSeedDemoData && !isWorker) {
    await seedDemoData(dataSource, options.persistDir, clock.now(), {
      withPresence: options.config.shouldSeedDemoPresence,
      withRichDemo: options.config.shouldSeedRichDemo,
    });
  }

  if (isWorker) return app;
  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });
  serveSecurityTxt(app, options.config, clock);
  serveFrontEnd(app, '/kiosk', resolve(__dirname, '../../kiosk/dist'));
  serveFrontEnd(app, '/', resolve(__dirname, '../../web/dist'));
  answerUnknownPathsInJson(app);
  return app;
}

function serveFrontEnd(app: NestExpressApplication, mountPath: string, distDir: string): void {
  const router = frontEndRouter(mountPath, distDir);
  if (router) app.use(mountPath, router);
}

/** Paths a `worker` process answers: the orchestrator's health checks, nothing a person asks. */
const workerPaths = new Set(['/api/health', '/api/health/ready']);

/**
 * A `worker` process runs the background jobs; its port answers the health checks only, so that
 * no request is served by a process whose CPU the mails take (nor by one left out of the load
 * balancer by mistake).
 */
function answerOnlyHealth(app: NestExpressApplication): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (isRead && workerPaths.has(request.path)) return next();
    response.status(404).json({
      statusCode: 404,
      error: 'Not Found',
      message: "Cette ressource n'existe pas.",
    } satisfies ErrorResponse);
  });
}

/**
 * Outside `/api` (where Nest answers), what nothing served — a POST to a page, a method a file
 * does not take — gets the API's error shape instead of Express's HTML page.
 */
function answerUnknownPathsInJson(app: NestExpressApplication): void {
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.path === '/api' || request.path.startsWith('/api/')) return next();
    response.status(404).json({
      statusCode: 404,
      error: 'Not Found',
      message: "Cette ressource n'existe pas.",
    } satisfies ErrorResponse);
  });
}
