import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Two workers, each with a server and an embedded database of its own: the scenarios of one server
 * share its handful of demo people (one desk at a time each), so two workers must not share one.
 */
const e2eWorkers = 2;
// Another port when several checkouts run their browser tests on one machine.
const e2eFirstPort = Number(process.env.E2E_PORT ?? 3123);
const e2eServer = (slot: number) => ({
  port: e2eFirstPort + slot,
  dataDir: fileURLToPath(new URL(`../../../data/e2e-${slot}`, import.meta.url)),
});
/**
 * This worker's server: its port and data directory (the demo kiosk's credential is there).
 * Playwright numbers each worker's slot in its environment; the runner process reads slot 0.
 */
export const { port: e2ePort, dataDir: e2eDataDir } = e2eServer(
  Number(process.env.TEST_PARALLEL_INDEX ?? 0),
);
const here = fileURLToPath(new URL('.', import.meta.url));
/**
 * The server's clock starts here, and every browser's agrees (e2e-test.ts): Tuesday 9 March 2027,
 * 09:30 in Paris — an ordinary open morning, so no scenario depends on the day the tests run.
 */
export const e2eClockStart = '2027-03-09T09:30:00+01:00';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
export default defineConfig({
  testDir: here,
  testMatch: '*.e2e.ts',
  // At run time the tests import the built @admz/shared, as the server under test does (the
  // `paths` of e2e/tsconfig.json, for the type-check, would hand Playwright the sources, whose
  // `export *` its transpiler hides from ES modules).
  tsconfig: fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)),
  // Budgets for a shared, loaded machine (CI saw a page take over 5 s to load its sites): a
  // check waits up to 15 s for what a person would see, a test up to 3 minutes. Speed is
  // measured by the benchmarks, never here.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  workers: e2eWorkers,
  reporter: [['list']],
  outputDir: fileURLToPath(new URL('../../../test-results', import.meta.url)),
  use: {
    baseURL: `http://localhost:${e2ePort}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: Array.from({ length: e2eWorkers }, (_, slot) => {
    const { port, dataDir } = e2eServer(slot);
    return {
      // A fresh embedded database and demo data for every run, from the production build.
      command: `rm -rf "${dataDir}" && node ../../api/dist/main.js`,
      cwd: here,
      url: `http://localhost:${port}/api/kiosk/keys`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'pipe' as const,
      env: {
        PORT: String(port),
        PUBLIC_URL: `http://localhost:${port}`,
        DATA_DIR: dataDir,
        NODE_ENV: 'development',
        CLOCK_START: e2eClockStart,
        // The demo's visible people hold desks today: the scenarios count Paris's desks without them.
        SEED_DEMO_PRESENCE: 'false',
        SEED_DEMO_RICH: 'false',
      },
    };
  }),
});
