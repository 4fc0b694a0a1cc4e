import type { QueuedCheckIn } from './offline-queue';

const databaseName = 'admz-kiosk';
const storeName = 'offline-check-ins';

let openedDatabase: Promise<IDBDatabase> | null = null;

// The queue must survive a reload or a reboot of the tablet while the network is down.
function openDatabase(): Promise<IDBDatabase> {
  openedDatabase ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(storeName, { keyPath: 'clientId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return openedDatabase;
}

async function runTransaction<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const database = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(storeName, mode);
    const request = work(transaction.objectStore(storeName));
    transaction.oncomplete = () => resolve(request?.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

export async function readQueuedCheckIns(): Promise<QueuedCheckIn[]> {
  const items = await runTransaction<QueuedCheckIn[]>('readonly', (store) => store.getAll());
  return items ?? [];
}

export async function saveQueuedCheckIn(item: QueuedCheckIn): Promise<void> {
  await runTransaction('readwrite', (store) => {
    store.put(item);
  });
}

export async function deleteQueuedCheckIns(clientIds: readonly string[]): Promise<void> {
  await runTransaction('readwrite', (store) => {
    for (const clientId of clientIds) store.delete(clientId);
  });
}
