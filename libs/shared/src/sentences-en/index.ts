import type { SentenceTable } from '../sentences';
import { apiSentencesEn } from './api';
import { schemaSentencesEn } from './schemas';

export { apiSentencesEn } from './api';
export { schemaSentencesEn } from './schemas';

/** Every French sentence the API or a shared schema can show, in English. */
export const englishSentences: SentenceTable = { ...apiSentencesEn, ...schemaSentencesEn };
