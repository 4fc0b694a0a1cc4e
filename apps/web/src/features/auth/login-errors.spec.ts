import { describe, expect, test } from 'vitest';
import { describeLoginError, describeLogoutError } from './login-errors';

describe('login error messages', () => {
  test('explains each code the API sends, in French', () => {
    expect(describeLoginError('access_denied')).toMatch(/annulé/);
    expect(describeLoginError('provider_unavailable')).toMatch(/ProConnect ne répond pas/);
    expect(describeLoginError('something_new')).toBe(
      'La connexion a échoué. Réessayez dans un instant.',
    );
    expect(describeLoginError(null)).toBeNull();
  });

  test('a logout error still says the AdmZ session is closed', () => {
    expect(describeLogoutError('invalid_state')).toMatch(/session AdmZ est fermée/);
    expect(describeLogoutError(null)).toBeNull();
  });
});
