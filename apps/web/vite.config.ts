import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { defineConfig } from 'vite';

const sharedContract = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));

export default defineConfig({
  base: '/',
  // Each file also written as .br and .gz, which the server sends as they are.
  plugins: [react(), precompress()],
  resolve: { alias: { '@admz/shared': sharedContract } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: what each entry imports, read by the bundle budget check.
    manifest: true,
    // DSFR ships ~1,500 icon SVGs: inlined they make a 2 MB stylesheet; as files only used ones load.
    assetsInlineLimit: (filePath) => (filePath.endsWith('.svg') ? false : undefined),
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  preview: { port: 4173, proxy: { '/api': 'http://localhost:3000' } },
});
