import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// The build's own plugin writes the compressed files: the test serves what a build would.
import { precompressDirectory } from '../../../scripts/vite-precompress.mjs';
import { chooseEncoding, frontEndRouter } from '../src/front-end/serve-front-end';

/**
 * How the server sends a built front end: a temporary dist directory with hashed assets, a
 * non-hashed public file and an index.html, compressed by the build's plugin, served over HTTP.
 */
let server: Server;
let baseUrl: string;
let distDir: string;
const script = `export const greeting = ${JSON.stringify('Bonjour '.repeat(400))};\n`;
const stylesheet = `.fr-card { color: red; }\n`.repeat(100);
const publicScript = `globalThis.setup = ${JSON.stringify('x'.repeat(2000))};\n`;

type RawAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** A raw HTTP exchange: no client that would decompress or cache behind the test's back. */
function get(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolvePromise, reject) => {
    const call = httpRequest(`${baseUrl}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolvePromise({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    call.on('error', reject);
    call.end();
  });
}

beforeAll(async () => {
  distDir = mkdtempSync(join(tmpdir(), 'admz-dist-'));
  mkdirSync(join(distDir, 'assets'));
  mkdirSync(join(distDir, '.vite'));
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><meta name="csp-nonce" content="__CSP_NONCE__"><div id="root"></div>',
  );
  writeFileSync(join(distDir, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(join(distDir, 'assets', 'index-Ef56Gh78.css'), stylesheet);
  writeFileSync(join(distDir, 'browser-setup.js'), publicScript);
  writeFileSync(join(distDir, '.vite', 'manifest.json'), '{"secret": "' + 'm'.repeat(1000) + '"}');
  precompressDirectory(distDir);

  const app = express();
  app.use((_request, response, next) => {
    response.locals.cspNonce = 'nonce-of-this-answer';
    next();
  });
  const router = frontEndRouter('/', distDir);
  if (!router) throw new Error('the front end was not mounted');
  app.use('/', router);
  server = app.listen(0);
  await new Promise((resolvePromise) => server.once('listening', resolvePromise));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolvePromise) => server.close(resolvePromise));
  rmSync(distDir, { recursive: true, force: true });
});

describe('hashed assets', () => {
  test('sent brotli-compressed when accepted, with their own type, cached a year as immutable', async () => {
    const answer = await get('/assets/index-Ab12Cd34.js', {
      'Accept-Encoding': 'gzip, deflate, br',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(answer.headers['etag']).toBeTruthy();
    expect(answer.body.length).toBeLessThan(script.length / 5);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);
  });

  test('sent gzipped to a browser that takes gzip only, or refuses brotli', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const answer = await get('/assets/index-Ef56Gh78.css', { 'Accept-Encoding': acceptEncoding });
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers['content-type']).toMatch(/^text\/css/);
      expect(gunzipSync(answer.body).toString()).toBe(stylesheet);
    }
  });

  test('sent raw to a client that accepts no compression, still cached and varying', async () => {
    const answer = await get('/assets/index-Ab12Cd34.js');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);
  });

  test('a 304 when the browser revalidates with the ETag it holds', async () => {
    const headers = { 'Accept-Encoding': 'br' };
    const first = await get('/assets/index-Ab12Cd34.js', headers);
    const again = await get('/assets/index-Ab12Cd34.js', {
      ...headers,
      'If-None-Match': String(first.headers['etag']),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('files that are not hashed', () => {
  test('a public script is compressed but revalidated each time (no-cache), 304 when unchanged', async () => {
    const answer = await get('/browser-setup.js', { 'Accept-Encoding': 'br' });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toBe('no-cache');
    const again = await get('/browser-setup.js', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(answer.headers['etag']),
    });
    expect(again.status).toBe(304);
  });

  test('index.html, and any client-side route, carries this answer nonce and is never cached', async () => {
    for (const path of ['/', '/index.html', '/reserver']) {
      const answer = await get(path, { 'Accept-Encoding': 'br, gzip' });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.headers['cache-control']).toBe('no-cache');
      // Written per answer (the nonce), so sent uncompressed: it is small.
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.toString()).toContain('content="nonce-of-this-answer"');
    }
  });

  test('the build manifest is not served, compressed or not', async () => {
    const answer = await get('/.vite/manifest.json', { 'Accept-Encoding': 'br' });
    expect(answer.body.toString()).not.toContain('secret');
    expect(answer.headers['content-type']).toMatch(/^text\/html/);
  });
});

test('chooseEncoding follows the browser q-values and the server preference', () => {
  expect(chooseEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
  expect(chooseEncoding('br;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
  expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
  expect(chooseEncoding('identity', ['br', 'gzip'])).toBeUndefined();
  expect(chooseEncoding('br', ['gzip'])).toBeUndefined();
  expect(chooseEncoding(undefined, ['br', 'gzip'])).toBeUndefined();
});
