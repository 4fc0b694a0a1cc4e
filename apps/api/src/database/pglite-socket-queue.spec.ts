import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, expect, test } from 'vitest';
import { patchedPgliteSocketVersion, queueOf } from './pglite-socket-queue';

const require = createRequire(__filename);

/** The installed package's manifest (its `exports` does not list package.json). */
function installedManifest(): { name: string; version: string } {
  let directory = dirname(require.resolve('@electric-sql/pglite-socket'));
  while (!directory.endsWith(join('node_modules', '@electric-sql', 'pglite-socket'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('pglite-socket is not installed under node_modules');
    directory = parent;
  }
  return JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
}

test('the installed pglite-socket is the version whose internals the queue patch was written for', () => {
  expect(
    installedManifest().version,
    'pglite-socket moved: re-read its QueryQueueManager against pglite-socket-queue.ts, then move patchedPgliteSocketVersion',
  ).toBe(patchedPgliteSocketVersion);
});

test('package.json pins that exact version, so an install cannot move it silently', () => {
  const root = JSON.parse(
    readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'),
  ) as { dependencies: Record<string, string> };
  expect(root.dependencies['@electric-sql/pglite-socket']).toBe(patchedPgliteSocketVersion);
});

const db = new PGlite();
afterAll(async () => {
  await db.close();
});

test('the server still has the queue the patch replaces, and a stranger is refused loudly', () => {
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  const queue = queueOf(server);
  expect(Array.isArray(queue.queue)).toBe(true);
  expect(typeof queue.processQueue).toBe('function');
  const changed = Object.assign(Object.create(null) as object, { queryQueue: { jobs: [] } });
  expect(() => queueOf(changed)).toThrow(/no longer has the query queue/);
});
