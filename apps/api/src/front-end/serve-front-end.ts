import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { cspNoncePlaceholder } from '../common/security-headers';

/** Vite writes content-hashed files under `assets/`: their name changes whenever they do. */
const hashedDirectory = '/assets/';
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** The encodings the build writes next to each file, by preference: brotli is the smaller. */
const precompressedEncodings = [
  { encoding: 'br', extension: '.br' },
  { encoding: 'gzip', extension: '.gz' },
] as const;
type Encoding = (typeof precompressedEncodings)[number]['encoding'];

/** What `Accept-Encoding` allows (q > 0) among `available`, in the server's preference order. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly Encoding[],
): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const quality = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    quality.set(name, Number.isFinite(value) ? value : 0);
  }
  return available.find((encoding) => {
    const q = quality.get(encoding) ?? quality.get('*');
    return q !== undefined && q > 0;
  });
}

function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(hashedDirectory) ? immutableCacheControl : 'no-cache';
}

/** Every file of the build, as URL paths (`/assets/index-abc.js`); dot files (.vite/) are not served. */
function listFiles(distDir: string): Set<string> {
  const files = new Set<string>();
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.add('/' + relative(distDir, path).split(sep).join('/'));
    }
  };
  walk(distDir);
  return files;
}

/**
 * Serves a built single-page app, falling back to its index.html for client-side routes.
 *
 * - Hashed files (`/assets/…`) are cached a year as `immutable`; every other file is revalidated
 *   (`no-cache`, with its ETag: a 304 when unchanged).
 * - The build writes `.br` and `.gz` next to each compressible file: the smallest one the browser
 *   accepts is sent as is, with the original's type; otherwise the raw file.
 * - index.html carries the answer's Content-Security-Policy nonce (the style elements it creates),
 *   so it is written for each answer: never cached, and sent uncompressed (about 2 kB).
 */
export function frontEndRouter(mountPath: string, distDir: string): Router | undefined {
  const indexPath = resolve(distDir, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const indexHtml = readFileSync(indexPath, 'utf8');
  const files = listFiles(distDir);
  const router = express.Router();

  const sendIndex = (response: Response) => {
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(indexHtml.replaceAll(cspNoncePlaceholder, response.locals.cspNonce));
  };

  router.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (request.path === '/index.html') return sendIndex(response);
    const urlPath = request.path;
    if (!files.has(urlPath)) return next();
    response.setHeader('Vary', 'Accept-Encoding');
    const available = precompressedEncodings
      .filter(({ extension }) => files.has(urlPath + extension))
      .map(({ encoding }) => encoding);
    const encoding = chooseEncoding(request.headers['accept-encoding'], available);
    if (!encoding) return next();
    const { extension } = precompressedEncodings.find((e) => e.encoding === encoding)!;
    response.setHeader('Content-Encoding', encoding);
    response.type(extname(urlPath));
    response.sendFile(
      join(distDir, urlPath + extension),
      {
        dotfiles: 'deny',
        cacheControl: false,
        headers: { 'Cache-Control': cacheControlFor(urlPath) },
      },
      (error?: Error) => {
        if (error && !response.headersSent) {
          response.removeHeader('Content-Encoding');
          next();
        }
      },
    );
  });
  const serveFile = express.static(distDir, {
    index: false,
    cacheControl: false,
    setHeaders: (response, filePath) => {
      const urlPath = '/' + relative(distDir, filePath).split(sep).join('/');
      response.setHeader('Cache-Control', cacheControlFor(urlPath));
    },
  });
  // Only the build's own files: any other path (every API call under a `/` mount) would cost a
  // file system lookup that cannot find anything.
  router.use((request: Request, response: Response, next: NextFunction) =>
    files.has(request.path) ? serveFile(request, response, next) : next(),
  );
  router.use((request: Request, response: Response, next: NextFunction) => {
    const path = request.originalUrl;
    const isOtherMount =
      path.startsWith('/api') ||
      path.startsWith('/oidc') ||
      (mountPath === '/' && path.startsWith('/kiosk'));
    if (request.method !== 'GET' || isOtherMount) return next();
    sendIndex(response);
  });
  return router;
}
