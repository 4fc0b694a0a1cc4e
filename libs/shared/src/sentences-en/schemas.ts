import type { SentenceTable } from '../sentences';

/** The shared schemas' validation messages in English, keyed by the French message. */
export const schemaSentencesEn: SentenceTable = {};
