import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';
import { e2eDataDir, e2ePort } from './playwright.config';

export { expect };

/** The test server's clock minus this machine's, measured once per worker. */
let serverClockOffsetMs: number | undefined;

/**
 * The server runs on its own clock (CLOCK_START, then flowing): its offset from this machine's is
 * measured as a kiosk measures it, from the server time of `/api/kiosk/me` (demo kiosk).
 */
async function measureServerClockOffset(): Promise<number> {
  if (serverClockOffsetMs === undefined) {
    const credential = readFileSync(join(e2eDataDir, 'demo-kiosk-credential.txt'), 'utf8').trim();
    const sentAt = Date.now();
    const response = await fetch(`http://localhost:${e2ePort}/api/kiosk/me`, {
      headers: { authorization: `Bearer ${credential}` },
    });
    const receivedAt = Date.now();
    const { serverTime } = (await response.json()) as { serverTime: string };
    serverClockOffsetMs = Date.parse(serverTime) - (sentAt + receivedAt) / 2;
  }
  return serverClockOffsetMs;
}

/** Now on the server's clock (the tests' own dates come from it, never from the real date). */
export function serverNow(): Date {
  if (serverClockOffsetMs === undefined) throw new Error('server clock not measured yet');
  return new Date(Date.now() + serverClockOffsetMs);
}

/** The context's pages run on the server's clock (flowing from there, timers at real pace). */
export async function agreeWithServerClock(context: BrowserContext): Promise<void> {
  const offset = await measureServerClockOffset();
  await context.clock.install({ time: Date.now() + offset });
}

type Violation = { directive: string; blocked: string; page: string; sample: string };

const violationsByContext = new WeakMap<BrowserContext, Violation[]>();
/** The lists of the running test's contexts, checked when it ends (one test at a time). */
let watchedByRunningTest: Violation[][] = [];

/**
 * Records every Content-Security-Policy violation of the context's pages: a browser test fails
 * when AdmZ's own policy blocks something it serves (an inline script, a style, an image…).
 */
export async function watchContentSecurityPolicy(context: BrowserContext): Promise<Violation[]> {
  const known = violationsByContext.get(context);
  if (known) return known;
  const violations: Violation[] = [];
  violationsByContext.set(context, violations);
  watchedByRunningTest.push(violations);
  await context.exposeBinding('__admzCspViolation', (_source, violation: Violation) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __admzCspViolation?: (v: Violation) => void })
        .__admzCspViolation;
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        page: document.location.href,
        sample: event.sample,
      });
    });
  });
  return violations;
}

/**
 * Every context a test opens (its own, `browser.newContext`, or a camera browser's through
 * `watchContentSecurityPolicy`) is watched; any violation fails the test. The contexts it opened
 * with `browser.newContext` are closed when it ends: the browser outlives the test, and their
 * pages (live streams, polling) would otherwise keep running through every later test.
 */
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ browser, context }, use) => {
      watchedByRunningTest = [];
      await watchContentSecurityPolicy(context);
      await agreeWithServerClock(context);
      const newContext = browser.newContext.bind(browser);
      const opened: BrowserContext[] = [];
      const patched = browser as Browser & { newContext: Browser['newContext'] };
      patched.newContext = async (options) => {
        const created = await newContext(options);
        opened.push(created);
        await watchContentSecurityPolicy(created);
        await agreeWithServerClock(created);
        return created;
      };
      await use();
      patched.newContext = newContext;
      // A context the test closed itself closes again without error.
      await Promise.all(opened.map((created) => created.close()));
      expect(watchedByRunningTest.flat(), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
