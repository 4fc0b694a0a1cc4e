import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

// SWC, not the default transformer: Nest and TypeORM need decorator metadata.
const swcPlugin = () =>
  swc.vite({
    jsc: { target: 'es2022', transform: { legacyDecorator: true, decoratorMetadata: true } },
  });
// Exact matches: a bare '@admz/shared' key would also catch (and break) its subpaths.
const alias = [
  {
    find: /^@admz\/shared$/,
    replacement: fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url)),
  },
  {
    find: /^@admz\/shared\/sentences-en$/,
    replacement: fileURLToPath(
      new URL('../../libs/shared/src/sentences-en/index.ts', import.meta.url),
    ),
  },
];

/** The real server over HTTP on a real database (vitest.awkward-instants.config.mts reuses it). */
export const integrationProject = () => ({
  plugins: [swcPlugin()],
  resolve: { alias },
  test: {
    name: 'integration',
    include: ['test/**/*.spec.ts'],
    // What only a PostgreSQL server can show (connection limits) runs in the server run only.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.DATABASE_URL ? [] : ['test/**/*.server-only.spec.ts']),
    ],
    // Two files share the cores (maxWorkers below): twice the budget a test had alone (60 s), for
    // the heaviest ones (1,000 offline scans) on a loaded machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    setupFiles: ['test/event-loop-watchdog.ts'],
  },
});

export default defineConfig({
  test: {
    // Two files at a time, the unit and integration projects alike: each integration file has a
    // database, ports and temporary files of its own. (Vitest's default, one worker fewer than
    // the cores, is one on CI's two.)
    maxWorkers: 2,
    projects: [
      {
        plugins: [swcPlugin()],
        resolve: { alias },
        // Two unit files start an embedded database (WebAssembly): on a loaded machine its start
        // and stop take longer than the default 10 s a hook gets.
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts'],
          hookTimeout: 60_000,
          setupFiles: ['test/event-loop-watchdog.ts'],
        },
      },
      integrationProject(),
    ],
  },
});
