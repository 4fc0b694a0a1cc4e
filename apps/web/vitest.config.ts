import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedContract = fileURLToPath(new URL('../../libs/shared/src/index.ts', import.meta.url));

// Pure logic only: the node environment is enough (no DOM in unit tests).
export default defineConfig({
  resolve: { alias: { '@admz/shared': sharedContract } },
  test: { include: ['src/**/*.spec.ts'], environment: 'node' },
});
