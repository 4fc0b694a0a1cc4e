import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { keepExtendedQueriesTogether } from './pglite-socket-queue';

/** NOTIFY messages of a database, for a process that cannot LISTEN over the wire. */
export type DatabaseNotifications = {
  subscribe: (channel: string, listener: (payload: string) => void) => () => void;
};

export type EmbeddedDatabase = {
  url: string;
  notifications: DatabaseNotifications;
  /** The whole data directory as a gzipped tarball: `template` of a later start. */
  dump: () => Promise<Blob>;
  stop: () => Promise<void>;
};

export type EmbeddedDatabaseOptions = {
  /** A data directory dumped earlier (`dump`): starts from it instead of an empty cluster. */
  template?: Blob;
};

/** Channels announced on the embedded database (LISTEN is issued for each at start). */
export const embeddedNotifyChannels = ['admz_live', 'admz_availability', 'admz_sessions'];

const notificationResponse = 0x41; // 'A'

/**
 * Runs PostgreSQL in-process (PGlite) and serves it over the wire protocol on a loopback port,
 * so the app talks to it with the ordinary `pg` driver, exactly as to a real server.
 * `dataDir` undefined keeps everything in memory (tests); a `template` (in memory only) starts
 * from a dumped data directory, which skips the cluster's creation and what the dump holds.
 *
 * PGlite is one backend shared by every socket connection, so a NOTIFY's message comes back to
 * the connection that committed it, not to a listener's. We read those messages as they leave
 * and hand them to in-process subscribers: the same payloads a LISTEN on a server receives.
 */
export async function startEmbeddedDatabase(
  dataDir: string | undefined,
  { template }: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  let storage: string | undefined;
  if (dataDir) {
    storage = resolve(dataDir, 'pglite');
    mkdirSync(storage, { recursive: true });
  }
  if (template && storage) throw new Error('a template starts an in-memory database only');
  const db = await PGlite.create(storage, { extensions: { btree_gist }, loadDataDir: template });
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const execute = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = (message, options) =>
    execute(message, {
      ...options,
      onRawData: (data) => {
        emitNotifications(data, emitter);
        options.onRawData(data);
      },
    });
  for (const channel of embeddedNotifyChannels) await db.exec(`LISTEN ${channel}`);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  keepExtendedQueriesTogether(server, db);
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgres://postgres@${conn}/postgres`,
    notifications: {
      subscribe: (channel, listener) => {
        emitter.on(channel, listener);
        return () => emitter.off(channel, listener);
      },
    },
    dump: () => db.dumpDataDir('gzip'),
    stop: async () => {
      emitter.removeAllListeners();
      await server.stop();
      await db.close();
    },
  };
}

/** Finds NotificationResponse messages ('A', length, pid, channel\0, payload\0) in a reply. */
function emitNotifications(data: Uint8Array, emitter: EventEmitter): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let offset = 0; offset + 5 <= data.length;) {
    const length = view.getInt32(offset + 1);
    if (length < 4 || offset + 1 + length > data.length) return;
    if (data[offset] === notificationResponse) {
      const body = Buffer.from(data.subarray(offset + 9, offset + 1 + length)).toString('utf8');
      const [channel, payload] = body.split('\0');
      if (channel) emitter.emit(channel, payload);
    }
    offset += 1 + length;
  }
}
