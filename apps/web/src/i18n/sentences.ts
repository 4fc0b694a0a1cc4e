import { createSentenceTranslator, type SentenceTranslator } from '@admz/shared';
import { useEffect, useSyncExternalStore } from 'react';
import { getLanguage, useLanguage } from './language';

/**
 * French sentences from the shared schemas (a form checked in the browser before sending) in the
 * person's language. The English table is keyed by the French sentence; it is loaded only once
 * English is chosen, so the French first screens do not carry it.
 */

let englishTranslator: SentenceTranslator | null = null;
let englishLoading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Loads the English table once (again after a failure); the components re-render when it arrives. */
export function loadEnglishSentences(): Promise<void> {
  englishLoading ??= import('@admz/shared/sentences-en').then(
    ({ englishSentences }) => {
      englishTranslator = createSentenceTranslator(englishSentences);
      for (const listener of listeners) listener();
    },
    () => {
      // French meanwhile; the next person who needs the table tries again.
      englishLoading = null;
    },
  );
  return englishLoading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getEnglishTranslator = (): SentenceTranslator | null => englishTranslator;
const keepFrench: SentenceTranslator = (french) => french;

// English kept from a previous visit: start loading the table with the app.
if (getLanguage() === 'en') void loadEnglishSentences();

/** `(french) => sentence` in the current language; French until the English table has arrived. */
export function useSentence(): SentenceTranslator {
  const language = useLanguage();
  const translator = useSyncExternalStore(subscribe, getEnglishTranslator, () => null);
  useEffect(() => {
    if (language === 'en') void loadEnglishSentences();
  }, [language]);
  return language === 'en' && translator !== null ? translator : keepFrench;
}
