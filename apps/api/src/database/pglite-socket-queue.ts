import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The one place AdmZ reaches into a dependency's internals: pglite-socket's query queue,
 * replaced by one that keeps an extended query's messages together (see below). Written for
 * this exact version, pinned in package.json; `pglite-socket-queue.spec.ts` fails when the
 * installed version differs, and the embedded database refuses to start when the queue it
 * replaces does not have the shape this code expects. On an upgrade: re-read pglite-socket's
 * `QueryQueueManager`, check the fix is still needed (and still right), then move the pin.
 */
export const patchedPgliteSocketVersion = '0.2.17';

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
export function keepExtendedQueriesTogether(server: PGLiteSocketServer, db: PGlite): void {
  const queue = queueOf(server);
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
          lastActivity = Date.now();
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

/** The server's queue, or a loud refusal when pglite-socket no longer has the one patched here. */
export function queueOf(server: object): QueryQueue {
  const candidate: unknown = Reflect.get(server, 'queryQueue');
  if (isQueryQueue(candidate)) return candidate;
  throw new Error(
    `@electric-sql/pglite-socket no longer has the query queue AdmZ patches (written for ` +
      `${patchedPgliteSocketVersion}): see apps/api/src/database/pglite-socket-queue.ts`,
  );
}

function isQueryQueue(value: unknown): value is QueryQueue {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(Reflect.get(value, 'queue')) &&
    typeof Reflect.get(value, 'processing') === 'boolean' &&
    'lastHandlerId' in value &&
    typeof Reflect.get(value, 'processQueue') === 'function'
  );
}
