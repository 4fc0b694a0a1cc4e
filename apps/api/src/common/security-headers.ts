import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { publicAgendaEmbedPath } from '@admz/shared';
import type { AppConfig } from '../config';

/**
 * The browser-side walls of every answer: a Content-Security-Policy with no inline script under
 * which the web app, the kiosk (camera, plans, QR codes) and the API description work; no
 * framing but of the embeddable public agenda; no MIME sniffing; no referrer outside AdmZ; the
 * camera for the kiosk only; HSTS when AdmZ is served over https. Routes that serve something
 * riskier (a zone plan image, the local identity provider's pages) set a stricter policy of
 * their own on top.
 *
 * One middleware, every header but the nonce and the framing written once at start: Helmet's
 * defaults (the same headers, listed in `fixedHeaders`) cost a dozen middlewares per answer.
 */
export function securityHeaders(config: AppConfig): RequestHandler {
  const isHttps = config.publicUrl.startsWith('https:');
  // The logout form is answered with a redirect to the provider: form-action must allow it.
  const providerOrigin = config.oidc.issuer ? new URL(config.oidc.issuer).origin : null;
  const policy = policyTemplate([
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
  const headers = fixedHeaders(isHttps);
  return (request: Request, response: Response, next: NextFunction) => {
    for (const [name, value] of headers) response.setHeader(name, value);
    const isEmbeddable = isEmbeddablePage(request);
    // The embeddable agenda is the one answer another site may frame (CSP allows any parent).
    if (!isEmbeddable) response.setHeader('X-Frame-Options', 'DENY');
    const nonce = nextNonce();
    // `index.html` hands it to the front end in a meta tag.
    response.locals.cspNonce = nonce;
    response.setHeader(
      'Content-Security-Policy',
      fillPolicy(policy, `'nonce-${nonce}'`, isEmbeddable ? '*' : "'none'"),
    );
    response.setHeader(
      'Permissions-Policy',
      isKioskPage(request) ? kioskPermissions : otherPermissions,
    );
    next();
  };
}

/** What Helmet 8 sets by default (its CSP and X-Frame-Options aside), as we configured it. */
function fixedHeaders(isHttps: boolean): (readonly [string, string])[] {
  return [
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Origin-Agent-Cluster', '?1'],
    ['Referrer-Policy', 'same-origin'],
    ...(isHttps
      ? [['Strict-Transport-Security', `max-age=${365 * 24 * 3600}; includeSubDomains`] as const]
      : []),
    ['X-Content-Type-Options', 'nosniff'],
    ['X-DNS-Prefetch-Control', 'off'],
    ['X-Download-Options', 'noopen'],
    ['X-Permitted-Cross-Domain-Policies', 'none'],
    // Off, as Helmet has it: the old filters could be turned against a page.
    ['X-XSS-Protection', '0'],
  ];
}

/** The embeddable agenda is the one page another site may put in an iframe. */
function isEmbeddablePage(request: Request): boolean {
  return request.path === publicAgendaEmbedPath || request.path === `${publicAgendaEmbedPath}/`;
}

const nonceSlot = Symbol('nonce');
const frameAncestorsSlot = Symbol('frame-ancestors');
type Directive = readonly [string, ...(string | typeof nonceSlot | typeof frameAncestorsSlot)[]];

type PolicyTemplate = readonly (string | symbol)[];

/** The policy as text and slots, adjacent text merged: each answer joins a handful of pieces. */
function policyTemplate(directives: Directive[]): PolicyTemplate {
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
  return template;
}

/** One answer's policy: its nonce, and who may frame it. */
function fillPolicy(template: PolicyTemplate, nonce: string, framing: string): string {
  let policy = '';
  for (const piece of template) {
    if (typeof piece === 'string') policy += piece;
    else policy += piece === nonceSlot ? nonce : framing;
  }
  return policy;
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
function isKioskPage(request: Request): boolean {
  return request.path === '/kiosk' || request.path.startsWith('/kiosk/');
}
