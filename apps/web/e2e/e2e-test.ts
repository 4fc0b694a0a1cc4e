import { test as base, expect, type Browser, type BrowserContext } from '@playwright/test';

export { expect };

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
 * `watchContentSecurityPolicy`) is watched; any violation fails the test.
 */
export const test = base.extend<{ contentSecurityPolicy: void }>({
  contentSecurityPolicy: [
    async ({ browser, context }, use) => {
      watchedByRunningTest = [];
      await watchContentSecurityPolicy(context);
      const newContext = browser.newContext.bind(browser);
      const patched = browser as Browser & { newContext: Browser['newContext'] };
      patched.newContext = async (options) => {
        const created = await newContext(options);
        await watchContentSecurityPolicy(created);
        return created;
      };
      await use();
      patched.newContext = newContext;
      expect(watchedByRunningTest.flat(), 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
