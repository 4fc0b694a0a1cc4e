import type { Browser, Page } from '@playwright/test';
import { addDaysToIsoDate } from '@admz/shared';
import { findSiteId, logIn, nextWeekdayInParis, sameOrigin } from './e2e-helpers';
import { expect } from './e2e-test';

/**
 * Every page of the web app, by role, with the states a person meets there (dialog open, form
 * errors): toured by the accessibility sweep and by the English sweep.
 */

export type Role = 'visitor' | 'agent' | 'host' | 'admin';

/** A state of a page, reached from the page as loaded (or from the previous state). */
export type State = { name: string; reach: (page: Page) => Promise<void> };

export type Visit = {
  role: Role;
  path: string | ((context: VisitContext) => string);
  /** What shows once the page is ready (default: its level-1 heading). */
  ready?: (page: Page) => Promise<void>;
  states?: State[];
  /**
   * Requests that fail on purpose and that the page handles (Chromium logs them as console
   * errors « Failed to load resource »): the status and the end of the address.
   */
  expectedFailures?: ExpectedFailure[];
};

/**
 * A console error the page cannot avoid: a failed request it handles (by HTTP status, or
 * 'offline' when the network is cut, and the end of the address), or a message of the test
 * harness itself (`text`).
 */
export type ExpectedFailure =
  { status: number | 'offline'; pathEnd: string } | { text: string; because: string };

export type VisitContext = { bookingId: string; eventId: string };

/** Logged out, `/api/me` answers 401: the app shows the login page. */
export const loggedOut = [{ status: 401, pathEnd: '/api/me' }];

export const submitEmpty = (button: string | RegExp): State => ({
  name: 'form errors shown',
  reach: async (page) => {
    await page.getByRole('main').getByRole('button', { name: button }).first().click();
    await expect(page.locator('.fr-error-text, .fr-message--error').first()).toBeVisible();
  },
});

export const openDialog = (button: string | RegExp, name?: string | RegExp): State => ({
  name: 'dialog open',
  reach: async (page) => {
    await page.getByRole('main').getByRole('button', { name: button }).first().click();
    await expect(page.getByRole('dialog', name === undefined ? {} : { name })).toBeVisible();
  },
});

export const visits: Visit[] = [
  // Logged out: the public pages, the login page, the guest page with a wrong link, errors.
  { role: 'visitor', path: '/', expectedFailures: loggedOut },
  { role: 'visitor', path: '/mes-reservations', expectedFailures: loggedOut },
  { role: 'visitor', path: '/donnees-personnelles', expectedFailures: loggedOut },
  { role: 'visitor', path: '/declaration-d-accessibilite', expectedFailures: loggedOut },
  { role: 'visitor', path: '/mentions-legales', expectedFailures: loggedOut },
  { role: 'visitor', path: '/statistiques', expectedFailures: loggedOut },
  { role: 'visitor', path: '/agenda', expectedFailures: loggedOut },
  {
    role: 'visitor',
    path: '/agenda/integrer',
    ready: async (page) => {
      await expect(page.getByRole('link').first()).toBeVisible();
    },
  },
  {
    role: 'visitor',
    path: '/invitation/ce-lien-n-existe-pas',
    expectedFailures: [...loggedOut, { status: 404, pathEnd: '/ce-lien-n-existe-pas' }],
  },
  { role: 'visitor', path: '/compte-supprime', expectedFailures: loggedOut },
  { role: 'visitor', path: '/acces-refuse', expectedFailures: loggedOut },
  { role: 'visitor', path: '/cette-page-n-existe-pas', expectedFailures: loggedOut },

  // An agent (Camille): booking, events, guests, their data.
  { role: 'agent', path: '/' },
  { role: 'agent', path: '/reserver' },
  { role: 'agent', path: '/salles' },
  { role: 'agent', path: '/mes-reservations' },
  { role: 'agent', path: '/evenements' },
  { role: 'agent', path: '/mes-evenements' },
  {
    role: 'agent',
    path: '/evenements/proposer',
    states: [submitEmpty(/Proposer|Envoyer/)],
  },
  { role: 'agent', path: '/evenements/archives' },
  { role: 'agent', path: ({ eventId }) => `/evenements/${eventId}` },
  {
    role: 'agent',
    path: '/evenements/00000000-0000-4000-8000-000000000000',
    expectedFailures: [{ status: 404, pathEnd: '/00000000-0000-4000-8000-000000000000' }],
  },
  { role: 'agent', path: '/invites', states: [submitEmpty(/Inviter|Envoyer/)] },
  {
    role: 'agent',
    path: '/mes-donnees',
    states: [openDialog(/Supprimer mon compte/)],
  },
  { role: 'agent', path: '/qui-est-la' },
  { role: 'agent', path: '/mon-pass' },
  // A host's page seen by an agent: refused.
  { role: 'agent', path: '/tableau-du-jour' },
  {
    role: 'agent',
    path: '/dev/boite-mail',
    expectedFailures: [
      {
        text: "Blocked script execution in 'about:srcdoc'",
        because:
          'Playwright’s clock and bindings, injected into every frame, are refused by the mails’ sandboxed frames (reproduced with a bare sandboxed srcdoc frame)',
      },
    ],
  },

  // The admin (Paul): a booking of their own (made here) and its cancel dialog, the network pages.
  {
    role: 'admin',
    path: '/mes-reservations',
    states: [openDialog(/Annuler la réservation du/, 'Annuler cette réservation ?')],
  },
  { role: 'admin', path: ({ bookingId }) => `/reservations/${bookingId}/qr` },
  { role: 'admin', path: '/sites-du-reseau' },
  { role: 'admin', path: '/gestionnaires' },
  { role: 'admin', path: '/journal-des-actions' },

  // A host (Inès): the pages of the people who run a site.
  { role: 'host', path: '/tableau-du-jour' },
  { role: 'host', path: '/evacuation' },
  { role: 'host', path: '/postes-et-zones' },
  { role: 'host', path: '/evenements-a-valider' },
  { role: 'host', path: '/invitations-a-valider' },
  { role: 'host', path: '/parametres-du-site' },
  { role: 'host', path: '/statistiques-du-site' },
  { role: 'host', path: '/plans-des-zones' },
  { role: 'host', path: '/bornes-d-accueil' },
];

export const people: Record<Exclude<Role, 'visitor'>, string> = {
  agent: 'Camille Martin',
  host: 'Inès Lefèvre',
  admin: 'Paul Durand',
};

export const desktop = { width: 1280, height: 900 };
export const phone = { width: 390, height: 844 };
export const sizes = [desktop, phone];

export async function defaultReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 8_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Chargement/ })).toHaveCount(0, {
    timeout: 8_000,
  });
}

export async function pageFor(browser: Browser, role: Role): Promise<Page> {
  if (role === 'visitor') {
    const context = await browser.newContext({ viewport: desktop });
    return context.newPage();
  }
  return logIn(browser, people[role]);
}

/** The booking of the cancel dialog and a demo event, created or found once by the admin. */
export async function prepare(admin: Page): Promise<VisitContext> {
  // Paul's booking on a Wednesday three weeks ahead, for the cancel dialog (cancelled after).
  const parisId = await findSiteId(admin, 'admz-paris');
  const desks: { id: string; label: string }[] = await (
    await admin.request.get(`/api/sites/${parisId}/desks`)
  ).json();
  const date = addDaysToIsoDate(nextWeekdayInParis(3), 21);
  const booked = await admin.request.post('/api/bookings', {
    headers: sameOrigin,
    data: { siteId: parisId, deskId: desks[desks.length - 1]?.id, date, slot: 'morning' },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const bookingId: string = (await booked.json()).id;
  const events: { id: string }[] = await (await admin.request.get('/api/events')).json();
  return { bookingId, eventId: events[0]?.id ?? 'none' };
}
