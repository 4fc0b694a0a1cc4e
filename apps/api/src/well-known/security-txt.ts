import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Application, Request, Response } from 'express';
import type { Clock } from '../common/clock';
import type { AppConfig } from '../config';
import { millisecondsPerDay } from '@admz/shared';

export const securityTxtPath = '/.well-known/security.txt';
/** Where to report a vulnerability (placeholder address, to be confirmed by the team). */
export const securityContact = 'mailto:securite@admz.beta.gouv.fr';
/** The « Sécurité » section of the deployment's own legal notice: how to report a vulnerability. */
const securityPolicyPath = '/mentions-legales#securite';
/** RFC 9116 wants Expires less than a year ahead; computed per request, it never goes stale. */
const expiresAfterDays = 180;

/** The security.txt of RFC 9116 for this deployment, as of `now`. */
export function buildSecurityTxt(publicUrl: string, now: Date): string {
  const expires = new Date(now.getTime() + expiresAfterDays * millisecondsPerDay);
  return [
    '# AdmZ : signaler une vulnérabilité / report a vulnerability',
    `Contact: ${securityContact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: fr, en',
    `Canonical: ${publicUrl}${securityTxtPath}`,
    `Policy: ${publicUrl}${securityPolicyPath}`,
    '',
  ].join('\n');
}

/** Served by the API process, before the web app's fallback would answer with its index.html. */
export function serveSecurityTxt(
  app: NestExpressApplication,
  config: AppConfig,
  clock: Clock,
): void {
  const express: Application = app.getHttpAdapter().getInstance();
  express.get(securityTxtPath, (_request: Request, response: Response) => {
    response.type('text/plain; charset=utf-8');
    response.setHeader('Cache-Control', 'public, max-age=3600');
    response.send(buildSecurityTxt(config.publicUrl, clock.now()));
  });
}
