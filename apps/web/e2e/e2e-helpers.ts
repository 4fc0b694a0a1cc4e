import { expect, type Browser, type Page } from '@playwright/test';

/** Logs in through the real OpenID Connect flow and the local provider's account chooser. */
export async function logIn(
  browser: Browser,
  person: string,
  contextOptions: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  const page = await context.newPage();
  await page.goto('/');
  await page
    .getByRole('button', { name: /ProConnect/ })
    .or(page.getByRole('link', { name: /S.identifier avec ProConnect/ }))
    .first()
    .click();
  await page.getByRole('button', { name: `Se connecter en tant que ${person}` }).click();
  await expect(page.getByText(person.split(' ')[0]).first()).toBeVisible();
  return page;
}

export function isoDateInParis(instant = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(instant);
}

/** The next date (after today, Paris calendar) that falls on `isoWeekday` (1 = Monday). */
export function nextWeekdayInParis(isoWeekday: number): string {
  const today = new Date(`${isoDateInParis()}T12:00:00Z`);
  for (let offset = 1; offset <= 7; offset += 1) {
    const candidate = new Date(today.getTime() + offset * 86_400_000);
    if ((candidate.getUTCDay() || 7) === isoWeekday) return candidate.toISOString().slice(0, 10);
  }
  throw new Error('unreachable');
}

export async function findSiteId(page: Page, slug: string): Promise<string> {
  const sites: { id: string; slug: string }[] = await (await page.request.get('/api/sites')).json();
  const site = sites.find((candidate) => candidate.slug === slug);
  if (!site) throw new Error(`no site ${slug}`);
  return site.id;
}

const screenshotsDir = process.env.UPDATE_SCREENSHOTS
  ? new URL('../../../docs/screenshots/', import.meta.url).pathname
  : null;

/** With UPDATE_SCREENSHOTS=1, saves the page for the README (docs/screenshots/<name>.png). */
export async function capture(page: Page, name: string): Promise<void> {
  if (screenshotsDir) await page.screenshot({ path: `${screenshotsDir}${name}.png` });
}
