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
  // Written once: per answer only the nonce and the framing change (see `contentSecurityPolicy`).
  const policy = contentSecurityPolicy([
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    // <style> elements only with this answer's nonce (the DSFR adds one for the color scheme);
    // style attributes (React, mail previews) cannot run code, so they pass.
    ['style-src', "'self'", nonceSlot],
    ['style-src-elem', "'self'", nonceSlot],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['media-src', "'self'", 'data:', 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['frame-src', "'self'"],
    ['frame-ancestors', frameAncestorsSlot],
    ['form-action', "'self'", ...(providerOrigin ? [providerOrigin] : [])],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
    ...(isHttps ? [['upgrade-insecure-requests'] as const] : []),
  ]);
  return [
    policy,
    helmet({
      // Written above: Helmet would rebuild the whole policy from its directives on every answer.
      contentSecurityPolicy: false,
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

/** Helmet says DENY to every answer; the embeddable agenda takes it back (CSP allows any parent). */
function allowFramingOfEmbed(request: Request, response: Response, next: NextFunction): void {
  if (isEmbeddablePage(request)) response.removeHeader('X-Frame-Options');
  next();
}

const nonceSlot = Symbol('nonce');
const frameAncestorsSlot = Symbol('frame-ancestors');
type Directive = readonly [string, ...(string | typeof nonceSlot | typeof frameAncestorsSlot)[]];

/**
 * Sets the Content-Security-Policy with a fresh nonce per answer (`index.html` hands it to the
 * front end in a meta tag, `response.locals.cspNonce`), and `frame-ancestors` open to any parent
 * on the embeddable agenda only. The text around the slots is joined once.
 */
function contentSecurityPolicy(directives: Directive[]): RequestHandler {
  // The policy as text and slots, adjacent text merged: each answer joins a handful of pieces.
  const template: (string | symbol)[] = [];
  const append = (piece: string | symbol) => {
    const last = template.at(-1);
    if (typeof piece === 'string' && typeof last === 'string')
      template[template.length - 1] = last + piece;
    else template.push(piece);
  };
  directives.forEach((directive, index) => {
    if (index > 0) append(';');
    directive.forEach((value, position) => {
      if (position > 0) append(' ');
      append(value);
    });
  });
  return (request: Request, response: Response, next: NextFunction) => {
    const nonce = nextNonce();
    response.locals.cspNonce = nonce;
    const framing = isEmbeddablePage(request) ? '*' : "'none'";
    let policy = '';
    for (const piece of template) {
      if (typeof piece === 'string') policy += piece;
      else policy += piece === nonceSlot ? `'nonce-${nonce}'` : framing;
    }
    response.setHeader('Content-Security-Policy', policy);
    next();
  };
}

/**
 * 16 random bytes per answer, base64: drawn from a buffer of the system's random generator
 * filled 256 nonces at a time (one system call instead of one per answer); each is used once.
 */
const noncesPerFill = 256;
const nonceBytes = 16;
let randomPool = Buffer.alloc(0);
let poolOffset = 0;
function nextNonce(): string {
  if (poolOffset + nonceBytes > randomPool.length) {
    randomPool = randomBytes(nonceBytes * noncesPerFill);
    poolOffset = 0;
  }
  const nonce = randomPool.toString('base64', poolOffset, poolOffset + nonceBytes);
  poolOffset += nonceBytes;
  return nonce;
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

const permissions = (camera: string) =>
  [`camera=${camera}`, 'fullscreen=(self)', ...deniedFeatures].join(', ');
const kioskPermissions = permissions('(self)');
const otherPermissions = permissions('()');

/** Powerful features off everywhere; the camera only for the kiosk, which scans QR codes. */
function permissionsPolicy(request: Request, response: Response, next: NextFunction): void {
  const isKiosk = request.path === '/kiosk' || request.path.startsWith('/kiosk/');
  response.setHeader('Permissions-Policy', isKiosk ? kioskPermissions : otherPermissions);
  next();
}
