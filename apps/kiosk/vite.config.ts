import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
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
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(rootPackage.version) },
  resolve: { alias: { '@admz/shared': sharedEntry } },
  // One bundle is fine for a tablet that loads once a day; jsQR, zod and React make it ~180 kB gzipped.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  // Logic in node; components (*.spec.tsx, `@vitest-environment jsdom`) as a person uses them.
  test: { environment: 'node', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'] },
});
