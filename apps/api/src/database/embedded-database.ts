import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** NOTIFY messages of a database, for a process that cannot LISTEN over the wire. */
export type DatabaseNotifications = {
  subscribe: (channel: string, listener: (payload: string) => void) => () => void;
};

export type EmbeddedDatabase = {
  url: string;
  notifications: DatabaseNotifications;
  stop: () => Promise<void>;
};

/** Channels announced on the embedded database (LISTEN is issued for each at start). */
export const embeddedNotifyChannels = ['admz_live'];

const notificationResponse = 0x41; // 'A'

/**
 * Runs PostgreSQL in-process (PGlite) and serves it over the wire protocol on a loopback port,
 * so the app talks to it with the ordinary `pg` driver, exactly as to a real server.
 * `dataDir` undefined keeps everything in memory (tests).
 *
 * PGlite is one backend shared by every socket connection, so a NOTIFY's message comes back to
 * the connection that committed it, not to a listener's. We read those messages as they leave
 * and hand them to in-process subscribers: the same payloads a LISTEN on a server receives.
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

/** What pglite-socket's query queue holds: one protocol message of one connection. */
type QueuedMessage = {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
};
type QueryQueue = {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
};

/** Parse, Bind, Describe, Execute, Close, Flush: an extended query goes on until its Sync. */
const extendedQueryMessages = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
/** A connection that stopped mid-query (a crash) stops holding the others after this long. */
const abandonedQueryMs = 5_000;

/**
 * pglite-socket serves every connection from one PostgreSQL backend and keeps a transaction's
 * messages together, but not an extended query's (Parse … Sync): another connection's Parse
 * could then replace the unnamed statement in between (seen: "portal does not exist", rows of
 * one query answered to another). Its queue is given the same rule for both: once a connection
 * has started a transaction or an extended query, only its messages run until it is done.
 */
function keepExtendedQueriesTogether(server: PGLiteSocketServer, db: PGlite): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  let extendedOwner: number | null = null;
  let lastActivity = Date.now(); // real time: a watchdog of the embedded server's queue
  let wakeUp: NodeJS.Timeout | null = null;
  queue.processQueue = async () => {
    if (queue.processing) return;
    queue.processing = true;
    try {
      while (queue.queue.length > 0) {
        const owner = db.isInTransaction() ? queue.lastHandlerId : extendedOwner;
        let index = 0;
        if (owner !== null) {
          index = queue.queue.findIndex((item) => item.handlerId === owner);
          if (index === -1) {
            // Real time, not the Clock: how long the queue has really waited for a connection.
            if (!db.isInTransaction() && Date.now() - lastActivity > abandonedQueryMs) {
              extendedOwner = null;
              continue;
            }
            // Wait for the owner's next message (its enqueue runs this again), or give up on it.
            wakeUp ??= setTimeout(() => {
              wakeUp = null;
              void queue.processQueue();
            }, abandonedQueryMs + 100);
            wakeUp.unref();
            break;
          }
        }
        const [item] = queue.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await db.runExclusive(() =>
            db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          item.reject(error);
          continue;
        } finally {
          lastActivity = Date.now(); // real time: the queue watchdog above
        }
        extendedOwner = extendedQueryMessages.has(item.message[0] ?? 0) ? item.handlerId : null;
        queue.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      queue.processing = false;
    }
  };
}
