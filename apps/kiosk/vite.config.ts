import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { dsfrLeanColors } from '../../scripts/vite-dsfr-lean-colors.mjs';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { defineConfig } from 'vitest/config';

const sharedEntry = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));
const englishSentences = fileURLToPath(
  new URL('../../libs/shared/src/sentences-en/index.ts', import.meta.url),
);
// Exact matches: a bare '@admz/shared' key would also catch (and break) its subpaths.
const alias = [
  { find: /^@admz\/shared$/, replacement: sharedEntry },
  { find: /^@admz\/shared\/sentences-en$/, replacement: englishSentences },
];
const apiProxy = { '/api': 'http://localhost:3000' };
// The kiosk ships with the monorepo, so its version is the product's; hosts see it per tablet.
const rootPackage: { version: string } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

// Served by the API under /kiosk/ in production; the dev server proxies /api to it.
export default defineConfig({
  base: '/kiosk/',
  // react-dsfr's `fr.colors` keeps only the theme colour; each file also written as .br and .gz,
  // which the server sends as they are.
  plugins: [react(), dsfrLeanColors(), precompress()],
  define: { __APP_VERSION__: JSON.stringify(rootPackage.version) },
  resolve: { alias },
  // The first screen is one chunk (React, zod, the app: ~131 kB gzipped); jsQR (~48 kB) and the
  // offline verifier (jose, ~7 kB) load right after it. The manifest (.vite/manifest.json) is
  // what the bundle budget check reads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 800,
    // The shared contract's files only define schemas and functions (common.ts alone has an effect:
    // zod's French messages), so a file none of the screen's code uses is left out of its chunk,
    // instead of every schema of libs/shared landing in the entry through its index.
    rolldownOptions: {
      treeshake: {
        moduleSideEffects: [
          { test: /libs[\\/]shared[\\/]src[\\/](?!common\.ts)/, sideEffects: false },
        ],
      },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  // Logic in node; components (*.spec.tsx, `@vitest-environment jsdom`) as a person uses them.
  test: { environment: 'node', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'] },
});
