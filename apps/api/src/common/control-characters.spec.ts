import { describe, expect, test } from 'vitest';
import { findControlCharacter } from './control-characters';

describe('findControlCharacter', () => {
  test('names the first field holding a control character, in reading order', () => {
    const body = { name: 'ok', tags: ['a', 'b\u0001'], address: 'c\u0000' };
    expect(findControlCharacter(body, '')?.path).toBe('tags.1');
    expect(findControlCharacter({ text: 'lignes\n\tsuivantes' }, '')).toBeNull();
  });

  test('walks a body nested far deeper than the call stack (a 1 MB JSON body can)', () => {
    let nested: unknown = ['\u0000'];
    for (let depth = 0; depth < 300_000; depth += 1) nested = [nested];
    expect(findControlCharacter(nested, 'body')?.message).toMatch(/caractère de contrôle/);
  });
});
