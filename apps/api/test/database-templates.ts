import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source';
import { startEmbeddedDatabase } from '../src/database/embedded-database';

/**
 * Every test file starts on a fresh database with every migration applied. Creating a cluster and
 * migrating it took most of a file's start (PGlite's initdb in WebAssembly, then 27 migrations):
 * it is done once per version of the migrations, and each file starts from a copy — a dumped data
 * directory for the embedded database, `CREATE DATABASE … TEMPLATE` on a server. The migrations
 * themselves are still run from scratch on both kinds of database by fresh-deployment.spec.ts.
 */

const migrationsDir = resolve(__dirname, '../src/database/migrations');
const nodeModules = resolve(__dirname, '../../../node_modules');
const cacheDir = resolve(nodeModules, '.cache/admz-test-databases');

/** Changes whenever a migration file is added or edited, or PGlite changes. */
function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) {
    hash.update(file).update(readFileSync(resolve(migrationsDir, file)));
  }
  const pglite = readFileSync(resolve(nodeModules, '@electric-sql/pglite/package.json'), 'utf8');
  return hash.update(pglite).digest('hex').slice(0, 16);
}

async function migrate(url: string): Promise<void> {
  const dataSource = new DataSource(buildDataSourceOptions(url, 1));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/** The migrated embedded data directory, built on first use and kept on disk between runs. */
export async function migratedEmbeddedTemplate(): Promise<Blob> {
  const path = resolve(cacheDir, `pglite-${migrationsFingerprint()}.tar.gz`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const embedded = await startEmbeddedDatabase(undefined);
  try {
    await migrate(embedded.url);
    const dump = await embedded.dump();
    mkdirSync(cacheDir, { recursive: true });
    // Written aside then renamed: a run stopped half-way never leaves a truncated template.
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
    return dump;
  } finally {
    await embedded.stop();
  }
}

/**
 * The name of a migrated database on the server, built on first use under an advisory lock (two
 * runs on one server build it once), under a temporary name until it is complete.
 */
export async function migratedServerTemplate(serverUrl: string): Promise<string> {
  const name = `admz_template_${migrationsFingerprint()}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('admz_test_template'))`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const building = `${name}_building`;
      await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${building}`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      await migrate(url.toString());
      await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    return name;
  } finally {
    await client.end();
  }
}
