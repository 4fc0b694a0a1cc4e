import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { buildDataSourceOptions } from './data-source';
import { startEmbeddedDatabase } from './embedded-database';
import { runPendingMigrations } from './run-migrations';

/** `npm run migrate`: applies pending migrations (the server also does so at start-up). */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? embedded?.url;
  if (!databaseUrl) throw new Error('no database: neither DATABASE_URL nor the embedded one');
  const dataSource = new DataSource(buildDataSourceOptions(databaseUrl, 1));
  await dataSource.initialize();
  try {
    // Under the lock the servers take at start-up: safe while they start.
    const applied = await runPendingMigrations(dataSource, { isEmbedded: embedded !== null });
    console.log(
      applied.length
        ? applied.map((migration) => `applied ${migration.name}`).join('\n')
        : 'database is up to date',
    );
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
