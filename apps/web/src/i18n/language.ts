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

export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not kept across visits, but this page still switches.
  }
  applyLanguageToDocument();
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

/**
 * Declares a domain's texts (`features/x/x.messages.ts`), type-checked: a text missing or of
 * another shape in English is a compile error.
 */
export function defineMessages<Messages>(catalogue: Catalogue<Messages>): Catalogue<Messages> {
  return catalogue;
}

/** The texts of a catalogue in the current language. */
export function useMessages<Messages>(catalogue: Catalogue<Messages>): Messages {
  return catalogue[useLanguage()];
}

/** The `Intl` locale of the current language. */
export function useLocale(): string {
  return localeOf[useLanguage()];
}
