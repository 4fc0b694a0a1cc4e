import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { dsfrComponentsChunk, entryChunk } from '../../scripts/vite-first-screen-chunks.mjs';
import { dsfrLeanColors } from '../../scripts/vite-dsfr-lean-colors.mjs';
import { dsfrLeanTypography } from '../../scripts/vite-dsfr-lean-typography.mjs';
import { dsfrUsedIcons } from '../../scripts/vite-dsfr-used-icons.mjs';
import { precompress } from '../../scripts/vite-precompress.mjs';
import { preloadMissingOnly } from '../../scripts/vite-preload-missing-only.mjs';
import { defineConfig } from 'vite';

const sharedContract = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));
const englishSentences = fileURLToPath(
  new URL('../../libs/shared/src/sentences-en/index.ts', import.meta.url),
);
const mainModule = fileURLToPath(new URL('src/main.tsx', import.meta.url));
// Exact matches: a bare '@admz/shared' key would also catch (and break) its subpaths.
const alias = [
  { find: /^@admz\/shared$/, replacement: sharedContract },
  // The English sentences, loaded with `import()` once English is chosen.
  { find: /^@admz\/shared\/sentences-en$/, replacement: englishSentences },
  // React Router's production build: its package names the development one for every bundler
  // condition (remix-run/react-router#12532), with warnings and checks meant for development.
  {
    find: /^react-router$/,
    replacement: fileURLToPath(
      new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
    ),
  },
];

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    // react-dsfr's `fr.colors` keeps only the theme colour (charts import the palette themselves).
    dsfrLeanColors(),
    // …and `fr.typography` (the DSFR's text styles for MUI themes, which nothing here reads) nothing.
    dsfrLeanTypography(),
    // Only the DSFR icons the app names (src/dsfr-icons.generated.css), not all ~1,200.
    dsfrUsedIcons({
      sourceDir: fileURLToPath(new URL('src', import.meta.url)),
      outputFile: fileURLToPath(new URL('src/dsfr-icons.generated.css', import.meta.url)),
    }),
    // A lazy chunk's preload list leaves out the chunks its importer has already loaded.
    preloadMissingOnly(),
    // Each file also written as .br and .gz, which the server sends as they are.
    precompress(),
  ],
  resolve: { alias },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: what each entry imports, read by the bundle budget check.
    manifest: true,
    // The shared contract's files only define schemas and functions (common.ts alone has an effect:
    // zod's French messages), so a file none of the screen's code uses is left out of its chunk,
    // instead of every schema of libs/shared landing in the entry through its index.
    rolldownOptions: {
      // What the entry loads, then the react-dsfr components the booking page (what an agent
      // opens) adds, each in one chunk rather than cut in many that compress alone.
      output: {
        codeSplitting: {
          groups: [
            entryChunk({
              entry: mainModule,
              // The libs/shared files the frame uses (the session, the dev outbox's badge).
              sharedFiles: ['common.ts', 'api-client.ts', 'auth.ts', 'outbox.ts'],
              // TanStack's infinite queries: only « Mes réservations » pages its bookings.
              leftOut: [
                /@tanstack[\\/](react-query|query-core)[\\/].*[\\/](useInfiniteQuery|infiniteQueryObserver)\.js$/,
              ],
            }),
            dsfrComponentsChunk({
              entry: mainModule,
              screen: fileURLToPath(new URL('src/routes/book-route.tsx', import.meta.url)),
            }),
          ],
        },
      },
      treeshake: {
        moduleSideEffects: [
          { test: /libs[\\/]shared[\\/]src[\\/](?!common\.ts)/, sideEffects: false },
        ],
      },
    },
    // DSFR ships ~1,500 icon SVGs: inlined they make a 2 MB stylesheet; as files only used ones load.
    assetsInlineLimit: (filePath) => (filePath.endsWith('.svg') ? false : undefined),
  },
  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },
  preview: { port: 4173, proxy: { '/api': 'http://localhost:3000' } },
});
