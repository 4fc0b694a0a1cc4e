import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Page } from '@playwright/test';
import { expect, test } from './e2e-test';
import { pageFor, prepare, visits, type Role, type VisitContext } from './page-tour';

/**
 * The web app in English: every page of the tour, for each role, with English chosen. Nothing the
 * app itself writes may be left in French. What people typed stays in their language: every
 * string literal of the demo seed (sites, zones, events, names), and the few texts the browser
 * tests that run before this one type as hosts and agents (listed below), are taken out of the
 * page's text before looking for French words.
 */

/** Words of French that English text never contains (« de » is left out: it is in addresses). */
const frenchWords =
  /(?<![\p{L}'’-])(le|la|les|des|du|une|et|vous|votre|vos|pour|avec|dans|sur|est|sont|aucun|aucune|pas|cette|aux|mes|ou|réserver|réservation|réservations|annuler|enregistrer|poste|postes|chargement|tiers-lieu|tiers-lieux|gestionnaire|gestionnaires|créneau|aujourd’hui|aujourd'hui|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|matin|journée|après-midi|fermé|ouvert)(?![\p{L}'’-])/iu;

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The text of `'a' + 'b' + …` (a long sentence split over lines), or null. */
function joinedText(node: ts.Node): string | null {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.PlusToken) {
    return null;
  }
  const left = joinedText(node.left);
  const right = joinedText(node.right);
  return left === null || right === null ? null : left + right;
}

/** Every string literal of a source file, the literal parts of its templates, and joined texts. */
function quotedTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const joined = ts.isBinaryExpression(node) ? joinedText(node) : null;
    if (joined !== null) found.push(joined.trim());
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      const text = node.text.trim();
      if (text.length >= 2) found.push(text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** Texts that browser tests running earlier in the suite type as hosts or agents. */
const typedByEarlierScenarios: string[] = [
  'Séminaire des équipes', // site-settings.e2e: a closed day's reason
  'Borne du journal', // audit.e2e: a kiosk's name
];

/** Proper names, French in English too. */
const properNames = [
  // ProConnect's button: its wording is the brand's, drawn by react-dsfr in French only.
  'S’identifier avec',
  // Institutions named on the legal pages.
  'Défenseur des droits',
  'Commission nationale de l’informatique et des libertés',
  // French public holidays, as the holiday calendar names them (the sites' closed days).
  'Fête Nationale de la France',
  'Fête de la Victoire 1945',
  'Fête du travail',
  'Lundi de Pentecôte',
  'Lundi de Pâques',
];

/** What people typed: the demo seed's texts and the scenarios' (longest first). */
const typedByPeople: string[] = (() => {
  const folders = ['apps/api/src/seed', 'apps/api/src/presence', 'apps/api/src/identity-provider'];
  const seed = folders.flatMap((folder) =>
    readdirSync(`${repositoryRoot}${folder}`)
      .filter((name) => name.includes('demo') && name.endsWith('.ts') && !name.includes('spec'))
      .map((name) => `${repositoryRoot}${folder}/${name}`),
  );
  return [
    ...new Set([...seed.flatMap(quotedTexts), ...typedByEarlierScenarios, ...properNames]),
  ].sort((a, b) => b.length - a.length);
})();

/** Each visible text of the page, and the texts given to assistive technologies. */
async function readTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('script, style, noscript')) continue;
      if (!parent.checkVisibility()) continue;
      // Marked as French (the mails, written in French whatever the page's language).
      if (parent.closest('[lang]')?.getAttribute('lang') === 'fr') continue;
      texts.push(text);
    }
    const named = document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]');
    for (const element of Array.from(named)) {
      if (element.closest('[lang]')?.getAttribute('lang') === 'fr') continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes each text people typed, as whole words (« day » leaves « Monday » alone). */
function withoutTypedTexts(text: string): string {
  let rest = text;
  for (const typed of typedByPeople) {
    if (!rest.includes(typed)) continue;
    rest = rest.replace(new RegExp(`(?<!\\p{L})${escapeRegExp(typed)}(?!\\p{L})`, 'gu'), ' ');
  }
  return rest;
}

/** A text shortened with « … » (a summary's first lines) is typed if a typed text starts so. */
function isTypedExcerpt(text: string): boolean {
  const excerpt = text.replace(/\s*…\s*$/, '');
  return excerpt !== text && typedByPeople.some((typed) => typed.startsWith(excerpt));
}

/** A piece of a typed text (a chart label cut over lines: « Ministère du », « Travail et des »). */
function isTypedFragment(text: string): boolean {
  const isPhrase = text.length >= 8 && text.includes(' ');
  return isPhrase && typedByPeople.some((typed) => typed.includes(text));
}

function frenchLeftIn(texts: string[]): string[] {
  return texts.filter(
    (text) =>
      !isTypedExcerpt(text) && !isTypedFragment(text) && frenchWords.test(withoutTypedTexts(text)),
  );
}

async function chooseEnglish(page: Page): Promise<void> {
  if (page.url() === 'about:blank') await page.goto('/');
  await page.evaluate(() => localStorage.setItem('admz.language', 'en'));
}

async function englishReady(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 8_000 });
  await expect(page.getByRole('status').filter({ hasText: /^(Loading|Chargement)/ })).toHaveCount(
    0,
    { timeout: 8_000 },
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('the French seed and tests are read: people’s texts are known', () => {
  expect(typedByPeople.length).toBeGreaterThan(100);
  expect(frenchLeftIn(['Réserver un poste'])).toEqual(['Réserver un poste']);
  expect(frenchLeftIn(['Book a desk', 'Monday 9 March 2027'])).toEqual([]);
});

for (const role of ['visitor', 'agent', 'admin', 'host'] as const satisfies readonly Role[]) {
  test(`every page in English as ${role}: nothing the app writes is left in French`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const page = await pageFor(browser, role);
    await chooseEnglish(page);
    const context: VisitContext =
      role === 'admin' ? await prepare(page) : { bookingId: 'none', eventId: 'none' };
    if (role === 'agent') {
      const events: { id: string }[] = await (await page.request.get('/api/events')).json();
      context.eventId = events[0]?.id ?? 'none';
    }
    const leftInFrench: string[] = [];
    for (const visit of visits.filter((candidate) => candidate.role === role)) {
      const path = typeof visit.path === 'string' ? visit.path : visit.path(context);
      await page.goto(path);
      try {
        await (visit.ready ?? englishReady)(page);
      } catch (error) {
        leftInFrench.push(`${path}: not ready: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const found = frenchLeftIn(await readTexts(page));
      leftInFrench.push(...found.map((text) => `${path}: « ${text} »`));
      process.stdout.write(`${role} ${path}: ${found.length} French text(s)\n`);
    }
    if (role === 'admin') {
      await page.request.post(`/api/bookings/${context.bookingId}/cancel`, {
        headers: { origin: new URL(page.url()).origin },
      });
    }
    expect(leftInFrench).toEqual([]);
  });
}
