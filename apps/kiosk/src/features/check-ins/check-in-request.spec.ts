import { describe, expect, it } from 'vitest';
import { validateCheckInRequest } from './check-in-request';

describe('validateCheckInRequest', () => {
  it('normalises a typed code before sending it', () => {
    expect(validateCheckInRequest({ shortCode: 'ab3d-ef7h' })).toEqual({
      isValid: true,
      request: { shortCode: 'AB3DEF7H' },
    });
  });

  it('explains a code that is too short', () => {
    expect(validateCheckInRequest({ shortCode: 'AB3D' })).toEqual({
      isValid: false,
      problem: 'Le code comporte 8 caractères.',
    });
  });

  it('explains a code with characters the alphabet does not use', () => {
    expect(validateCheckInRequest({ shortCode: 'AB3DEF71' })).toEqual({
      isValid: false,
      problem: 'Le code contient des caractères non valides.',
    });
  });

  it('rejects a QR code that cannot be a booking token', () => {
    expect(validateCheckInRequest({ token: 'hello' })).toEqual({
      isValid: false,
      problem: 'QR code illisible.',
    });
  });

  it('accepts a token-shaped QR content as is', () => {
    const token = 'eyJhbGciOiJFUzI1NiJ9.eyJib29raW5nIjoiMSJ9.c2lnbmF0dXJl';
    expect(validateCheckInRequest({ token })).toEqual({ isValid: true, request: { token } });
  });
});
