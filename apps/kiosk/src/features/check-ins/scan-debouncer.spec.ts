import { describe, expect, it } from 'vitest';
import { createScanDebouncer } from './scan-debouncer';

describe('createScanDebouncer', () => {
  it('ignores the same value again within the window', () => {
    const debouncer = createScanDebouncer(5_000);
    expect(debouncer.accept('token-a', 1_000)).toBe(true);
    expect(debouncer.accept('token-a', 1_200)).toBe(false);
    expect(debouncer.accept('token-a', 5_999)).toBe(false);
  });

  it('accepts the same value once the window has passed', () => {
    const debouncer = createScanDebouncer(5_000);
    debouncer.accept('token-a', 1_000);
    expect(debouncer.accept('token-a', 6_000)).toBe(true);
  });

  it('accepts another value at once', () => {
    const debouncer = createScanDebouncer(5_000);
    debouncer.accept('token-a', 1_000);
    expect(debouncer.accept('token-b', 1_100)).toBe(true);
  });
});
