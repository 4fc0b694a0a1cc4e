import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const sharedContract = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));
const englishSentences = fileURLToPath(
  new URL('../../libs/shared/src/sentences-en/index.ts', import.meta.url),
);
// Exact matches: a bare '@admz/shared' key would also catch (and break) its subpaths.
const resolve = {
  alias: [
    { find: /^@admz\/shared$/, replacement: sharedContract },
    { find: /^@admz\/shared\/sentences-en$/, replacement: englishSentences },
  ],
};

export default defineConfig({
  test: {
    projects: [
      // Pure logic: the node environment is enough.
      { resolve, test: { name: 'unit', include: ['src/**/*.spec.ts'], environment: 'node' } },
      // Components as a person uses them, in jsdom, the API faked at the fetch boundary. A form
      // typed key by key takes seconds on a loaded machine: 20 s per test, not the default 5 s.
      {
        resolve,
        plugins: [react()],
        test: {
          name: 'components',
          include: ['src/**/*.spec.tsx'],
          environment: 'jsdom',
          setupFiles: ['src/test/no-invalid-html.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
