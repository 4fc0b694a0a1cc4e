import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  test: {
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
      {
        plugins: [swcPlugin()],
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/**/*.spec.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          setupFiles: ['test/event-loop-watchdog.ts'],
        },
      },
    ],
  },
});
