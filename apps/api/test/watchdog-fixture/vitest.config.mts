import { defineConfig } from 'vitest/config';

// Runs the spinning fixture with the integration suite's watchdog (event-loop-watchdog.spec.ts).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['spins.fixture.ts'],
    setupFiles: ['../event-loop-watchdog.ts'],
  },
});
