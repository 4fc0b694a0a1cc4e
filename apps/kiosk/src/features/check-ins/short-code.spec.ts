import { shortCodeLength } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { formatShortCode, sanitizeShortCodeInput } from './short-code';

describe('sanitizeShortCodeInput', () => {
  it('upper-cases and drops separators and spaces', () => {
    expect(sanitizeShortCodeInput('ab3d-ef7h')).toBe('AB3DEF7H');
    expect(sanitizeShortCodeInput(' ab3d ef7h ')).toBe('AB3DEF7H');
  });

  it('drops characters the code alphabet leaves out (0, 1, I, L, O)', () => {
    expect(sanitizeShortCodeInput('A0B1CIDLEO')).toBe('ABCDE');
  });

  it('stops at the code length', () => {
    expect(sanitizeShortCodeInput('AB3DEF7HJK')).toHaveLength(shortCodeLength);
  });
});

describe('formatShortCode', () => {
  it('groups a full code as printed on the pass', () => {
    expect(formatShortCode('AB3DEF7H')).toBe('AB3D-EF7H');
  });

  it('groups a partial code as it grows', () => {
    expect(formatShortCode('')).toBe('');
    expect(formatShortCode('AB3')).toBe('AB3');
    expect(formatShortCode('AB3D')).toBe('AB3D');
    expect(formatShortCode('AB3DE')).toBe('AB3D-E');
  });

  it('round-trips through sanitizing', () => {
    expect(sanitizeShortCodeInput(formatShortCode('AB3DEF7H'))).toBe('AB3DEF7H');
  });
});
