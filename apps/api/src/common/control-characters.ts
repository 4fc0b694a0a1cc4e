import { controlCharacterMessage, hasControlCharacter } from '@admz/shared';
import type { ValidationIssue } from './zod-validation.pipe';

/**
 * The first string under `value` holding a control character other than a tab or a line break,
 * as an issue naming its path: a safety net under the shared schemas, for every field of every
 * body, query and route parameter (PostgreSQL refuses NUL; nobody types the others).
 */
export function findControlCharacter(value: unknown, path: string): ValidationIssue | null {
  if (typeof value === 'string') {
    return hasControlCharacter(value, { allowLineBreaks: true })
      ? { path, message: controlCharacterMessage }
      : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) {
    const found = findControlCharacter(item, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}
