import { normalizeShortCode } from '@admz/shared';

/** "ab3def7h" → "AB3D-EF7H": groups of four are easier to read aloud and type. */
export function formatShortCode(shortCode: string): string {
  const normalized = normalizeShortCode(shortCode);
  return normalized.match(/.{1,4}/g)?.join('-') ?? '';
}

/** "A B 3 D, E F 7 H": screen readers read the code character by character. */
export function spellShortCode(shortCode: string): string {
  return formatShortCode(shortCode)
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
}
