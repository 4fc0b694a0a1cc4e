import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedContract = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@admz/shared': sharedContract } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // DSFR ships ~1,500 icon SVGs: inlined they make a 2 MB stylesheet; as files only used ones load.
    assetsInlineLimit: (filePath) => (filePath.endsWith('.svg') ? false : undefined),
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  preview: { port: 4173, proxy: { '/api': 'http://localhost:3000' } },
});
