import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { publicAgendaEmbedPath } from '@admz/shared';
import type { AppConfig } from '../config';

/**
 * The browser-side walls of every answer: a Content-Security-Policy with no inline script under
 * which the web app, the kiosk (camera, plans, QR codes) and the API description work; no
 * framing but of the embeddable public agenda; no MIME sniffing; no referrer outside AdmZ; the
 * camera for the kiosk only; HSTS when AdmZ is served over https. Routes that serve something riskier (a zone plan image, the local
 * identity provider's pages) set a stricter policy of their own on top.
 */
export function securityHeaders(config: AppConfig): RequestHandler[] {
  const isHttps = config.publicUrl.startsWith('https:');
  // The logout form is answered with a redirect to the provider: form-action must allow it.
  const providerOrigin = config.oidc.issuer ? new URL(config.oidc.issuer).origin : null;
  return [
    createCspNonce,
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // <style> elements only with this answer's nonce (the DSFR adds one for the color
          // scheme); style attributes (React, mail previews) cannot run code, so they pass.
          styleSrc: ["'self'", styleNonce],
          styleSrcElem: ["'self'", styleNonce],
          styleSrcAttr: ["'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          mediaSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          frameSrc: ["'self'"],
          frameAncestors: [frameAncestors],
          formAction: ["'self'", ...(providerOrigin ? [providerOrigin] : [])],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          ...(isHttps ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      strictTransportSecurity: isHttps
        ? { maxAge: 365 * 24 * 3600, includeSubDomains: true }
        : false,
      referrerPolicy: { policy: 'same-origin' },
      xFrameOptions: { action: 'deny' },
    }),
    allowFramingOfEmbed,
    permissionsPolicy,
  ];
}

/** The embeddable agenda is the one page another site may put in an iframe. */
function isEmbeddablePage(request: Request): boolean {
  return request.path === publicAgendaEmbedPath || request.path === `${publicAgendaEmbedPath}/`;
}

function frameAncestors(request: unknown): string {
  return isEmbeddablePage(request as Request) ? '*' : "'none'";
}

/** Helmet says DENY to every answer; the embeddable agenda takes it back (CSP allows any parent). */
function allowFramingOfEmbed(request: Request, response: Response, next: NextFunction): void {
  if (isEmbeddablePage(request)) response.removeHeader('X-Frame-Options');
  next();
}

/** A fresh nonce per answer; `index.html` hands it to the front end in a meta tag. */
function createCspNonce(_request: Request, response: Response, next: NextFunction): void {
  response.locals.cspNonce = randomBytes(16).toString('base64');
  next();
}

function styleNonce(_request: unknown, response: unknown): string {
  return `'nonce-${(response as Response).locals.cspNonce as string}'`;
}

/** Where `index.html` says the answer's nonce: `<meta name="csp-nonce" content="…">`. */
export const cspNoncePlaceholder = '__CSP_NONCE__';

const deniedFeatures = [
  'accelerometer=()',
  'autoplay=(self)',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
];

/** Powerful features off everywhere; the camera only for the kiosk, which scans QR codes. */
function permissionsPolicy(request: Request, response: Response, next: NextFunction): void {
  const isKiosk = request.path === '/kiosk' || request.path.startsWith('/kiosk/');
  response.setHeader(
    'Permissions-Policy',
    [`camera=${isKiosk ? '(self)' : '()'}`, 'fullscreen=(self)', ...deniedFeatures].join(', '),
  );
  next();
}
