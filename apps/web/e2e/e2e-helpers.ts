import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDaysToIsoDate, isoWeekday as isoWeekdayOf, siteToday } from '@admz/shared';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { agreeWithServerClock, serverNow, watchContentSecurityPolicy } from './e2e-test';
import { e2ePort } from './playwright.config';

/** Playwright's API requests send no Origin; the API refuses a state change without one. */
export const sameOrigin = { origin: `http://localhost:${e2ePort}` };

/**
 * The person's bookings on the first page of « Mes réservations »: every upcoming one (cancelled
 * included), then the latest past ones.
 */
export async function readMyBookings<Booking>(page: Page): Promise<Booking[]> {
  const response = await page.request.get('/api/bookings/mine');
  expect(response.status(), await response.text()).toBe(200);
  const { upcoming, past } = (await response.json()) as { upcoming: Booking[]; past: Booking[] };
  return [...upcoming, ...past];
}

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
  const [givenName = person] = person.split(' ');
  await expect(page.getByText(givenName).first()).toBeVisible();
  return page;
}

/** Opens a page from a menu of the header (« Gérer un tiers-lieu », « Réseau AdmZ »). */
export async function openFromMenu(page: Page, menu: string, link: string): Promise<void> {
  const navigation = page.getByRole('navigation', { name: 'Menu principal' });
  await navigation.getByRole('button', { name: menu }).click();
  await navigation.getByRole('link', { name: link, exact: true }).click();
}

/** The value, or the test fails here saying what was missing (instead of a `!` that lies). */
export function presentOrFail<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what}: absent`);
  return value;
}

/** The date in Paris of `instant`, by default now on the server's clock. */
export function isoDateInParis(instant = serverNow()): string {
  return siteToday('Europe/Paris', instant);
}

/**
 * The next date (after the server clock's today, Paris calendar) that falls on `isoWeekday`
 * (1 = Monday). The clock starts on Tuesday 9 March 2027 (playwright.config.ts): the coming
 * weeks have no public holiday before Easter Monday, 29 March.
 */
export function nextWeekdayInParis(isoWeekday: number): string {
  const today = isoDateInParis();
  for (let offset = 1; offset <= 7; offset += 1) {
    const candidate = addDaysToIsoDate(today, offset);
    if (isoWeekdayOf(candidate) === isoWeekday) return candidate;
  }
  throw new Error('unreachable');
}

/** The demo kiosk's settings code (apps/api/src/seed/demo-data.ts). */
export const demoKioskSettingsPin = '1234';

type SlotStates = { morning: string; afternoon: string; day: string };

/**
 * A day from `fromDaysAhead` on where the person (the page's session) can book `deskLabel` for
 * `slot`: the site open, the desk free and no desk of theirs on that slot. Other scenarios close
 * days (« Séminaire des équipes ») and book for the same demo people: a fixed date would collide.
 */
export async function findBookableDay(
  page: Page,
  siteId: string,
  {
    deskLabel,
    slot,
    fromDaysAhead,
  }: { deskLabel: string; slot: keyof SlotStates; fromDaysAhead: number },
): Promise<{ date: string; deskId: string }> {
  const today = isoDateInParis();
  for (let offset = fromDaysAhead; offset < fromDaysAhead + 21; offset += 1) {
    const date = addDaysToIsoDate(today, offset);
    const response = await page.request.get(`/api/sites/${siteId}/availability?date=${date}`);
    if (!response.ok()) continue;
    const day = (await response.json()) as {
      isOpen: boolean;
      desks: { id: string; label: string; states: SlotStates }[];
    };
    if (!day.isOpen || day.desks.some((desk) => desk.states[slot] === 'mine')) continue;
    const desk = day.desks.find((candidate) => candidate.label === deskLabel);
    if (desk?.states[slot] === 'free') return { date, deskId: desk.id };
  }
  throw new Error(`no day to book ${deskLabel} (${slot}) from ${fromDaysAhead} days ahead`);
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

/** A booking's line on today's board (not the live feed's line about it): every text must show. */
export function boardEntry(page: Page, ...texts: string[]) {
  let entry = page.getByRole('region', { name: 'Réservations du jour' }).getByRole('listitem');
  for (const text of texts) entry = entry.filter({ hasText: text });
  return entry;
}

/** With UPDATE_SCREENSHOTS=1, saves the page for the README (docs/screenshots/<name>.png). */
export async function capture(page: Page, name: string): Promise<void> {
  if (screenshotsDir) await page.screenshot({ path: `${screenshotsDir}${name}.png` });
}

/**
 * A Y4M video (what Chromium's fake camera plays, in a loop) showing `text` as a QR code, after
 * `blankSeconds` of an empty grey frame. 640×480, 4 frames a second, 4:2:0 grey (U = V = 128).
 */
export function writeQrVideo(
  text: string,
  { blankSeconds = 0, qrSeconds = 4 }: { blankSeconds?: number; qrSeconds?: number } = {},
): string {
  const path = join(mkdtempSync(join(tmpdir(), 'admz-camera-')), 'qr.y4m');
  const width = 640;
  const height = 480;
  const fps = 4;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quietZone = 4;
  const scale = Math.floor(Math.min(width, height) / (modules.size + 2 * quietZone));
  const side = (modules.size + 2 * quietZone) * scale;
  const left = Math.floor((width - side) / 2);
  const top = Math.floor((height - side) / 2);
  const qrFrame = Buffer.alloc(width * height, 200);
  for (let y = 0; y < side; y += 1) {
    for (let x = 0; x < side; x += 1) {
      const row = Math.floor(y / scale) - quietZone;
      const column = Math.floor(x / scale) - quietZone;
      const isDark =
        row >= 0 &&
        column >= 0 &&
        row < modules.size &&
        column < modules.size &&
        modules.get(row, column) === 1;
      qrFrame[(top + y) * width + left + x] = isDark ? 16 : 235;
    }
  }
  const blankFrame = Buffer.alloc(width * height, 200);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frames: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  const push = (luma: Buffer, count: number) => {
    for (let index = 0; index < count; index += 1) {
      frames.push(Buffer.from('FRAME\n'), luma, chroma);
    }
  };
  push(blankFrame, blankSeconds * fps);
  push(qrFrame, qrSeconds * fps);
  writeFileSync(path, Buffer.concat(frames));
  return path;
}

/** Debian's Chromium with a fake camera playing `videoPath`, for the kiosk. */
export function launchWithCamera(videoPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${videoPath}`,
    ],
  });
}

/** The kiosk page in a tablet-sized window of a browser launched with `launchWithCamera`. */
export async function openKioskPage(
  cameraBrowser: Browser,
  baseURL: string | undefined,
  path: string,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await cameraBrowser.newContext({
    baseURL,
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
  });
  await context.grantPermissions(['camera'], { origin: baseURL });
  await watchContentSecurityPolicy(context);
  await agreeWithServerClock(context);
  const kiosk = await context.newPage();
  await kiosk.goto(path);
  return kiosk;
}

/** The demo kiosk's device credential, written by the seed in the test server's data directory. */
export function readDemoKioskCredential(dataDir: string): string {
  return readFileSync(join(dataDir, 'demo-kiosk-credential.txt'), 'utf8').trim();
}

/**
 * Cancels the person's confirmed bookings of today: the browser tests share one server and a
 * handful of demo people, and one person holds one desk at a time.
 */
export async function clearTodayFor(page: Page): Promise<void> {
  const today = isoDateInParis();
  const mine = await readMyBookings<{ id: string; date: string; status: string }>(page);
  for (const booking of mine.filter((item) => item.date === today && item.status === 'confirmed')) {
    const cancelled = await page.request.post(`/api/bookings/${booking.id}/cancel`, {
      headers: sameOrigin,
    });
    expect(cancelled.status(), await cancelled.text()).toBe(200);
  }
}

/** Books a desk of the site for today's full day and returns the booking and its current QR token. */
export async function bookTodayWithPass(
  page: Page,
  siteId: string,
  deskLabel: string,
): Promise<{ bookingId: string; token: string }> {
  await clearTodayFor(page);
  const desks: { id: string; label: string }[] = await (
    await page.request.get(`/api/sites/${siteId}/desks`)
  ).json();
  const desk = desks.find((candidate) => candidate.label === deskLabel);
  if (!desk) throw new Error(`no desk ${deskLabel}`);
  const booked = await page.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId, deskId: desk.id, date: isoDateInParis(), slot: 'day' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const { id } = (await booked.json()) as { id: string };
  const pass = (await (await page.request.get(`/api/bookings/${id}/pass`)).json()) as {
    token: string;
  };
  return { bookingId: id, token: pass.token };
}
