import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { defineConfig } from 'vitest/config';

const sharedEntry = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));
const apiProxy = { '/api': 'http://localhost:3000' };
// The kiosk ships with the monorepo, so its version is the product's; hosts see it per tablet.
const rootPackage: { version: string } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
);

// Served by the API under /kiosk/ in production; the dev server proxies /api to it.
export default defineConfig({
  base: '/kiosk/',
  // Each file also written as .br and .gz, which the server sends as they are.
  plugins: [react(), precompress()],
  define: { __APP_VERSION__: JSON.stringify(rootPackage.version) },
  resolve: { alias: { '@admz/shared': sharedEntry } },
  // The first screen is one chunk (React, zod, the app: ~160 kB gzipped); jsQR (~48 kB) loads
  // right after it. The manifest (.vite/manifest.json) is what the bundle budget check reads.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 800 },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  // Logic in node; components (*.spec.tsx, `@vitest-environment jsdom`) as a person uses them.
  test: { environment: 'node', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'] },
});
