import { normalizeShortCode, shortCodeAlphabet, shortCodeLength } from '@admz/shared';

/** Keeps what a person typed or pasted to the characters a short code can hold, capped at its length. */
export function sanitizeShortCodeInput(value: string): string {
  return [...normalizeShortCode(value)]
    .filter((character) => shortCodeAlphabet.includes(character))
    .join('')
    .slice(0, shortCodeLength);
}

/** "AB3DEF7H" → "AB3D-EF7H", the way the pass prints it; partial codes are grouped as they grow. */
export function formatShortCode(code: string): string {
  const groups = code.match(/.{1,4}/g) ?? [];
  return groups.join('-');
}
