// What every AdmZ benchmark shares: the PostgreSQL server, the production build started on a
// fresh database of it, and percentiles.
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

export const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const mainJs = fileURLToPath(new URL('../dist/main.js', import.meta.url));

export const hash = (token) => createHash('sha256').update(token).digest('hex');
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

export async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function withClient(url, action) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** A new database on the server, named `prefix_<random>`; its URL and name. */
export async function createBenchDatabase(prefix) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops it, unless BENCH_KEEP_DATABASE=1 keeps it for EXPLAIN ANALYZE (drop it by hand). */
export async function dropBenchDatabase(name) {
  if (process.env.BENCH_KEEP_DATABASE) {
    console.log(`database kept: ${name}`);
    return;
  }
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  );
}

const signingKey = generateKeyPairSync('ed25519').privateKey.export({
  type: 'pkcs8',
  format: 'pem',
});

/**
 * A real SMTP server on a loopback port that accepts every mail and notes when: the API's mail
 * workers deliver to it as to a provider's relay.
 */
export async function startSmtpSink() {
  const acceptedAt = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        acceptedAt.push(performance.now());
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    acceptedAt,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * The production build on `databaseUrl`, listening on `port`, without demo data, its mail going
 * to `smtpUrl`. The identity provider is not contacted by a benchmark (sessions are opened in
 * the database, as a login would); production refuses the development defaults, so it is set.
 * `nodeArgs` e.g. `--cpu-prof` (BENCH_NODE_ARGS); `role` its PROCESS_ROLE (all, api, worker).
 */
export function startApi({ port, databaseUrl, smtpUrl, nodeArgs = [], role = 'all' }) {
  return spawn(process.execPath, [...nodeArgs, mainJs], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PROCESS_ROLE: role,
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: databaseUrl,
      SEED_DEMO_DATA: 'false',
      OIDC_ISSUER: 'https://proconnect.invalid/api/v2',
      OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
      SMTP_URL: smtpUrl,
      QR_SIGNING_KEY: signingKey,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Stops an API started by `startApi` and waits for it to exit. */
export async function stopApi(child) {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** Resolves once the API answers, within 60 s. */
export async function waitForServer(baseUrl, child) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error('the API exited during start-up');
    try {
      if ((await fetch(`${baseUrl}/api/kiosk/keys`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not start in 60 s');
}

/** Resolves once the process says it is ready (`/api/health/ready`: a worker answers only that). */
export async function waitForReady(baseUrl, child) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error('the process exited during start-up');
    try {
      if ((await fetch(`${baseUrl}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the process was not ready in 60 s');
}
