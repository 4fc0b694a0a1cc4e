import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Debian's nginx (`apt-get install nginx`; `.ci/run` installs it when missing). */
export const nginxBinary = '/usr/sbin/nginx';

/** The proxy settings the deployment example uses (deploy/nginx/admz-proxy.conf). */
const proxySettings = resolve(__dirname, '../../../deploy/nginx/admz-proxy.conf');

/** The response header naming the process (`127.0.0.1:<port>`) that answered through nginx. */
export const upstreamHeader = 'x-upstream';

export type Nginx = { url: string; stop: () => Promise<void> };

/**
 * nginx in front of the API processes listening on `apiPorts`, round robin, with the proxy
 * settings of deploy/nginx, on loopback `port`; pid, logs and temporary files in a directory
 * of its own. The development identity provider keeps its logins in one process's memory, so
 * `/oidc` goes to the process on `identityProviderPort` only: it stands for ProConnect, a service
 * outside AdmZ in production.
 */
export async function startNginx({
  port,
  apiPorts,
  identityProviderPort,
}: {
  /** The port people use: the API processes' PUBLIC_URL names it before nginx starts. */
  port: number;
  apiPorts: number[];
  identityProviderPort: number;
}): Promise<Nginx> {
  if (!existsSync(nginxBinary)) {
    throw new Error(`${nginxBinary} is missing: apt-get install nginx (.ci/run installs it)`);
  }
  const directory = mkdtempSync(join(tmpdir(), 'admz-nginx-'));
  // Started as root, nginx's worker runs as nobody: it must reach its temporary directories.
  chmodSync(directory, 0o755);
  const location = (upstream: string) => `
      proxy_pass http://${upstream};
      include ${proxySettings};
      add_header X-Upstream $upstream_addr always;`;
  const configuration = `
worker_processes 1;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${directory}/client-body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;
  upstream admz_api {
    ${apiPorts.map((apiPort) => `server 127.0.0.1:${apiPort};`).join('\n    ')}
    keepalive 16;
  }
  upstream identity_provider {
    server 127.0.0.1:${identityProviderPort};
  }
  server {
    listen 127.0.0.1:${port};
    location /oidc/ {${location('identity_provider')}
    }
    location / {${location('admz_api')}
    }
  }
}
`;
  const configFile = join(directory, 'nginx.conf');
  writeFileSync(configFile, configuration);
  const child = spawn(
    nginxBinary,
    ['-p', directory, '-e', join(directory, 'error.log'), '-c', configFile, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(directory, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited at start: ${errors}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not answer in 30 s: ${errors}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}
