import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const sharedEntry = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));
const apiProxy = { '/api': 'http://localhost:3000' };

// Served by the API under /kiosk/ in production; the dev server proxies /api to it.
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  resolve: { alias: { '@admz/shared': sharedEntry } },
  // One bundle is fine for a tablet that loads once a day; jsQR, zod and React make it ~180 kB gzipped.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  test: { environment: 'node', include: ['src/**/*.spec.ts'] },
});
