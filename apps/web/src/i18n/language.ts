import { useSyncExternalStore } from 'react';

/**
 * The web app's language: French first, English on request (the DSFR language switch in the
 * header). The choice is kept in this browser; `<html lang>` follows it, so screen readers
 * pronounce the page in the right language.
 */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

/** Each language by its own name, as the DSFR switch lists them. */
export const languageNames: Record<Language, string> = { fr: 'Français', en: 'English' };

/** For `Intl` formatting of dates, times and numbers. */
export const localeOf: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const storageKey = 'admz.language';
const listeners = new Set<() => void>();
let current: Language = readStoredLanguage();
let requested: Language = current;

function readStoredLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'en' ? 'en' : 'fr';
  } catch {
    // Storage refused (private mode, policy): French, the default.
    return 'fr';
  }
}

/** Sets `<html lang>` to the current language: at start, then at each change. */
export function applyLanguageToDocument(): void {
  document.documentElement.lang = current;
}

export function getLanguage(): Language {
  return current;
}

/**
 * Switches the app to `language`. English waits for the English halves of the catalogues
 * already in use (the first screens' catalogues load theirs on demand): the page changes once,
 * whole, never half French. Resolves when the switch is done.
 */
export async function setLanguage(language: Language): Promise<void> {
  requested = language;
  if (language === 'en') await loadEnglishHalves();
  // A later choice wins over this one if it came while the English was loading.
  if (requested !== language || language === current) return;
  current = language;
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not kept across visits, but this page still switches.
  }
  applyLanguageToDocument();
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; the component renders again when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage, () => 'fr' as const);
}

/** A text in every language: French is the reference, English must have the same shape. */
export type Catalogue<Messages> = { fr: Messages; en: NoInfer<Messages> };

/** A catalogue's English half in its own module (`x.messages.en.ts`), loaded with `import()`. */
export type EnglishHalf<Messages> = () => Promise<{ default: NoInfer<Messages> }>;

/** English halves not loaded yet: they load once English is chosen, or at once if it is. */
const pendingHalves = new Set<() => Promise<void>>();

/**
 * Declares a domain's texts (`features/x/x.messages.ts`), type-checked: a text missing or of
 * another shape in English is a compile error. The first screens' catalogues give their English
 * as a module to import (`en: () => import('./x.messages.en')`), so that French pages do not
 * carry it; until it has arrived, `catalogue.en` is the French (the language switches only once
 * it is there: setLanguage, main.tsx and the pages' loaders wait for it).
 */
export function defineMessages<Messages>(catalogue: {
  fr: Messages;
  en: NoInfer<Messages> | EnglishHalf<Messages>;
}): Catalogue<Messages> {
  const { fr, en } = catalogue;
  if (!isEnglishHalf(en)) return { fr, en };
  let english: Messages | null = null;
  let loading: Promise<void> | null = null;
  const load = () =>
    (loading ??= en().then(
      (half) => {
        english = half.default;
        pendingHalves.delete(load);
        notify();
      },
      () => {
        // French meanwhile; the next call tries again.
        loading = null;
      },
    ));
  pendingHalves.add(load);
  if (requested === 'en') void loadEnglishHalves();
  return {
    fr,
    get en() {
      return english ?? fr;
    },
  };
}

// A catalogue's texts are objects; its English half, a function.
function isEnglishHalf<Messages>(
  en: NoInfer<Messages> | EnglishHalf<Messages>,
): en is EnglishHalf<Messages> {
  return typeof en === 'function';
}

/** Loads the English halves of the catalogues declared so far; resolves once they are in (or failed). */
export async function loadEnglishHalves(): Promise<void> {
  await Promise.all([...pendingHalves].map((load) => load()));
}

/** A page's module, once the English halves it declared are in if English is the language. */
export async function withEnglishHalves<Module>(module: Promise<Module>): Promise<Module> {
  const loaded = await module;
  if (requested === 'en') await loadEnglishHalves();
  return loaded;
}

/** The texts of a catalogue in the current language. */
export function useMessages<Messages>(catalogue: Catalogue<Messages>): Messages {
  // The texts themselves are the snapshot: a new language or an English half arriving renders again.
  return useSyncExternalStore(
    subscribe,
    () => catalogue[current],
    () => catalogue.fr,
  );
}

/** The `Intl` locale of the current language. */
export function useLocale(): string {
  return localeOf[useLanguage()];
}
