import { describe, expect, it } from 'vitest';
import { formatShortCode, spellShortCode } from './short-code';

describe('formatShortCode', () => {
  it('groups the code four by four, in capitals', () => {
    expect(formatShortCode('AB3DEF7H')).toBe('AB3D-EF7H');
    expect(formatShortCode('ab3d-ef7h')).toBe('AB3D-EF7H');
    expect(formatShortCode(' ab3d ef7h ')).toBe('AB3D-EF7H');
  });

  it('keeps a shorter tail as its own group', () => {
    expect(formatShortCode('ABCDEF')).toBe('ABCD-EF');
    expect(formatShortCode('')).toBe('');
  });
});

describe('spellShortCode', () => {
  it('spells each character for screen readers', () => {
    expect(spellShortCode('AB3DEF7H')).toBe('A B 3 D, E F 7 H');
  });
});
