import { MigrationExecutor, type DataSource, type Migration } from 'typeorm';

/** The session-level advisory lock every process takes before it migrates (`hashtext` of it). */
export const migrationsLockName = 'admz_migrations';

/** Embedded databases migrating in this process, by URL: the next one waits for the last. */
const embeddedMigrations = new Map<string, Promise<unknown>>();

/**
 * Applies the pending migrations, each in its own transaction, once however many processes start
 * together on one database: each takes a session-level advisory lock on one connection, migrates
 * on that same connection, then lets go; the others wait, then find nothing left to do. A process
 * that dies holding it loses its session, and the lock with it.
 *
 * The embedded database serves every connection from one PostgreSQL session, where an advisory
 * lock is re-entrant and so keeps nobody out: app instances sharing it (tests start several in
 * one process) also queue in memory.
 */
export function runPendingMigrations(
  dataSource: DataSource,
  { isEmbedded }: { isEmbedded: boolean },
): Promise<Migration[]> {
  if (!isEmbedded) return migrateUnderLock(dataSource);
  const url = String(dataSource.options.type === 'postgres' ? dataSource.options.url : '');
  const previous = embeddedMigrations.get(url) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => migrateUnderLock(dataSource));
  embeddedMigrations.set(url, mine);
  void mine
    .finally(() => {
      if (embeddedMigrations.get(url) === mine) embeddedMigrations.delete(url);
    })
    .catch(() => undefined);
  return mine;
}

async function migrateUnderLock(dataSource: DataSource): Promise<Migration[]> {
  const queryRunner = dataSource.createQueryRunner();
  await queryRunner.connect();
  try {
    await queryRunner.query('SELECT pg_advisory_lock(hashtext($1))', [migrationsLockName]);
    try {
      // On the lock's own connection: a pool of one (npm run migrate) is enough.
      const executor = new MigrationExecutor(dataSource, queryRunner);
      executor.transaction = 'each';
      return await executor.executePendingMigrations();
    } finally {
      // A connection lost mid-way took its session, and the lock, with it.
      await queryRunner
        .query('SELECT pg_advisory_unlock(hashtext($1))', [migrationsLockName])
        .catch(() => undefined);
    }
  } finally {
    await queryRunner.release();
  }
}
