// Checks the production build against the first-load budgets: the JavaScript a first screen
// needs (its entry chunks and everything they import statically, gzipped) must stay under its
// limit. Prints every figure; exits 1 above a limit. Run after `npm run build`.
//
// Each screen has its budget (issue 12: 150 kB for the web app, 120 kB for the kiosk) and the
// ceiling CI enforces until the budget is reached: the size reached (plus up to 1 kB), so that
// nothing grows. Lower a ceiling whenever a change makes its screen lighter, and set it to
// the budget once reached; `--budgets` (npm run budgets -- --budgets) enforces the budgets
// themselves. What is left to reach them: docs/benchmarks.md, « First load ».
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** kB as Vite prints them: 1,000 bytes. */
const kB = 1000;

/** The first screens and what they may weigh (JavaScript, gzipped). */
export const screens = [
  {
    name: 'web, booking page (/reserver, what an agent opens)',
    dist: 'apps/web/dist',
    entries: ['index.html', 'src/routes/book-route.tsx'],
    budget: 150 * kB,
    ceiling: 150 * kB,
  },
  {
    name: 'web, logged out (the entry alone)',
    dist: 'apps/web/dist',
    entries: ['index.html'],
    budget: 150 * kB,
    ceiling: 150 * kB,
  },
  {
    name: 'kiosk',
    dist: 'apps/kiosk/dist',
    entries: ['index.html'],
    budget: 120 * kB,
    ceiling: 120 * kB,
  },
];

/**
 * The files a screen loads before it can show: the entries' chunks and, recursively, the chunks
 * they import statically (not the dynamic imports, which load later), with their stylesheets.
 * An entry absent from the manifest (a route not split) adds nothing: its code is in the others.
 * @param {Record<string, {file: string, imports?: string[], css?: string[]}>} manifest Vite's .vite/manifest.json
 * @param {string[]} entries manifest keys
 * @returns {{ scripts: string[], stylesheets: string[] }}
 */
export function firstScreenFiles(manifest, entries) {
  const seen = new Set();
  const scripts = new Set();
  const stylesheets = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    if (chunk.file.endsWith('.js')) scripts.add(chunk.file);
    for (const css of chunk.css ?? []) stylesheets.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return { scripts: [...scripts].sort(), stylesheets: [...stylesheets].sort() };
}

/** Bytes of `files` (under `dist`) raw and gzipped (level 9, as the build's .gz files). */
export function measure(dist, files) {
  let raw = 0;
  let gzipped = 0;
  for (const file of files) {
    const content = readFileSync(join(dist, file));
    raw += content.length;
    gzipped += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzipped };
}

const format = (bytes) => `${(bytes / kB).toFixed(1)} kB`;

function main() {
  const isStrict = process.argv.includes('--budgets');
  let isOverBudget = false;
  for (const screen of screens) {
    const dist = join(root, screen.dist);
    const manifestPath = join(dist, '.vite', 'manifest.json');
    if (!existsSync(manifestPath)) {
      console.error(
        `${screen.name}: no ${screen.dist}/.vite/manifest.json, run npm run build first`,
      );
      process.exitCode = 1;
      return;
    }
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const { scripts, stylesheets } = firstScreenFiles(manifest, screen.entries);
    const js = measure(dist, scripts);
    const css = measure(dist, stylesheets);
    const limit = isStrict ? screen.budget : screen.ceiling;
    const isOver = js.gzipped > limit;
    isOverBudget ||= isOver;
    console.log(
      `${isOver ? 'OVER' : 'ok  '} ${screen.name}: JavaScript ${format(js.gzipped)} gzipped ` +
        `(limit ${format(limit)}, budget ${format(screen.budget)}, ceiling ` +
        `${format(screen.ceiling)}; ${format(js.raw)} raw, ${scripts.length} files); ` +
        `CSS ${format(css.gzipped)} gzipped (${format(css.raw)} raw)`,
    );
  }
  if (isOverBudget) {
    console.error('A first screen weighs more than its limit: see above.');
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
