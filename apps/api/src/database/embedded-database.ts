import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/**
 * Runs PostgreSQL in-process (PGlite) and serves it over the wire protocol on a loopback port,
 * so the app talks to it with the ordinary `pg` driver, exactly as to a real server.
 * `dataDir` undefined keeps everything in memory (tests).
 */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
): Promise<EmbeddedDatabase> {
  let storage: string | undefined;
  if (dataDir) {
    storage = resolve(dataDir, 'pglite');
    mkdirSync(storage, { recursive: true });
  }
  const db = await PGlite.create(storage, { extensions: { btree_gist } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgres://postgres@${conn}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
