import { controlCharacterMessage, hasControlCharacter } from '@admz/shared';
import type { ValidationIssue } from './zod-validation.pipe';

/**
 * The first string under `value` holding a control character other than a tab or a line break,
 * as an issue naming its path: a safety net under the shared schemas, for every field of every
 * body, query and route parameter (PostgreSQL refuses NUL; nobody types the others).
 */
export function findControlCharacter(value: unknown, path: string): ValidationIssue | null {
  // A loop, not recursion: a 1 MB body can nest arrays 500,000 deep, beyond the call stack.
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, itemPath] = next;
    if (typeof item === 'string') {
      if (hasControlCharacter(item, { allowLineBreaks: true })) {
        return { path: itemPath, message: controlCharacterMessage };
      }
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const entries = Array.isArray(item)
      ? item.map((child, index) => [String(index), child] as const)
      : Object.entries(item);
    // Reversed onto the stack, so the first field in reading order is reported first.
    for (const [key, child] of entries.reverse()) {
      pending.push([child, itemPath ? `${itemPath}.${key}` : key]);
    }
  }
  return null;
}
