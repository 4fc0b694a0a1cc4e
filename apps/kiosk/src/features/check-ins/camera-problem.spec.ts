import { describe, expect, it } from 'vitest';
import { classifyCameraError } from './camera-problem';

const failure = (name: string) => new DOMException('camera failure', name);

describe('classifyCameraError', () => {
  it('tells a refused permission apart from a missing or busy camera', () => {
    expect(classifyCameraError(failure('NotAllowedError'), true)).toBe('denied');
    expect(classifyCameraError(failure('NotFoundError'), true)).toBe('not-found');
    expect(classifyCameraError(failure('NotReadableError'), true)).toBe('busy');
  });

  it('blames the address when the page is not in a secure context', () => {
    expect(classifyCameraError(new Error('getUserMedia is undefined'), false)).toBe('insecure');
  });

  it('falls back to a generic problem for anything else', () => {
    expect(classifyCameraError(new Error('boom'), true)).toBe('other');
    expect(classifyCameraError(undefined, true)).toBe('other');
  });
});
