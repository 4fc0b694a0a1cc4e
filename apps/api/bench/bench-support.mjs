// What every AdmZ benchmark shares: the PostgreSQL server, the production build started on a
// fresh database of it, and percentiles.
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * `nodeArgs` e.g. `--cpu-prof` (BENCH_NODE_ARGS); `role` its PROCESS_ROLE (all, api, worker);
 * `publicUrl` the address people use (a load balancer's), default its own.
 */
export function startApi({
  port,
  databaseUrl,
  smtpUrl,
  nodeArgs = [],
  role = 'all',
  publicUrl = `http://127.0.0.1:${port}`,
}) {
  return spawn(process.execPath, [...nodeArgs, mainJs], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PROCESS_ROLE: role,
      PORT: String(port),
      PUBLIC_URL: publicUrl,
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

const nginxBinary = '/usr/sbin/nginx';
const proxySettings = fileURLToPath(
  new URL('../../../deploy/nginx/admz-proxy.conf', import.meta.url),
);

/**
 * Debian's nginx on loopback `port`, round robin over the API processes on `apiPorts`, with the
 * proxy settings of the deployment example (deploy/nginx/admz-proxy.conf); resolves once it
 * answers. `stop()` ends it and removes its directory.
 */
export async function startNginx({ port, apiPorts }) {
  if (!existsSync(nginxBinary)) throw new Error(`${nginxBinary} is missing: apt-get install nginx`);
  const directory = mkdtempSync(join(tmpdir(), 'admz-bench-nginx-'));
  // Started as root, nginx's worker runs as nobody: it must reach its temporary directories.
  chmodSync(directory, 0o755);
  const configFile = join(directory, 'nginx.conf');
  writeFileSync(
    configFile,
    `worker_processes 1;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${directory}/client-body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;
  upstream admz_api {
    ${apiPorts.map((apiPort) => `server 127.0.0.1:${apiPort};`).join('\n    ')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://admz_api;
      include ${proxySettings};
    }
  }
}
`,
  );
  const child = spawn(
    nginxBinary,
    ['-p', directory, '-e', join(directory, 'error.log'), '-c', configFile, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('nginx did not start');
}
