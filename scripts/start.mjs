// `npm start`: builds the four projects, then runs AdmZ. The build's own listing (every asset
// of every bundle) goes to a log file and is shown only when the build fails, so the last
// thing printed is what a newcomer needs: the URL, the kiosk link and the demo accounts.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';

const logDirectory = join(process.env.DATA_DIR || './data', 'logs');
mkdirSync(logDirectory, { recursive: true });
const buildLog = join(logDirectory, 'build.log');

process.stdout.write(
  'AdmZ : construction de l’API, du site et de la borne (une minute environ)…\n',
);
const startedAt = Date.now();
const log = createWriteStream(buildLog);
const build = spawn('nx', ['run-many', '-t', 'build', '--outputStyle=static'], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, FORCE_COLOR: '0', NX_DAEMON: process.env.NX_DAEMON ?? 'false' },
});
build.stdout.pipe(log, { end: false });
build.stderr.pipe(log, { end: false });
const code = await new Promise((resolve) => {
  build.on('error', (error) => {
    log.write(`${String(error)}\n`);
    resolve(1);
  });
  build.on('close', resolve);
});
await new Promise((resolve) => log.end(resolve));

if (code !== 0) {
  process.stderr.write(await readFile(buildLog, 'utf8'));
  process.stderr.write(`\nLa construction a échoué (journal complet : ${buildLog}).\n`);
  process.exit(typeof code === 'number' ? code : 1);
}
const seconds = Math.round((Date.now() - startedAt) / 1000);
process.stdout.write(`Construit en ${seconds} s (journal : ${buildLog}). Démarrage…\n`);

const server = spawn(process.execPath, ['apps/api/dist/main.js'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('close', (exitCode, signal) => {
  process.exit(exitCode ?? (signal ? 0 : 1));
});
