import { describe, expect, test } from 'vitest';
import { authMessages } from './auth.messages';
import english from './auth.messages.en';
import { describeLoginError, describeLogoutError } from './login-errors';

const { fr: french } = authMessages;

describe('login error messages', () => {
  test('explains each code the API sends, in French', () => {
    expect(describeLoginError(french, 'access_denied')).toMatch(/annulé/);
    expect(describeLoginError(french, 'provider_unavailable')).toMatch(/ProConnect ne répond pas/);
    expect(describeLoginError(french, 'something_new')).toBe(
      'La connexion a échoué. Réessayez dans un instant.',
    );
    // A code that names an object's own property is still an unknown code.
    expect(describeLoginError(french, 'toString')).toBe(french.loginErrors.other);
    expect(describeLoginError(french, null)).toBeNull();
  });

  test('and in English, code by code', () => {
    expect(describeLoginError(english, 'access_denied')).toMatch(/You cancelled the login/);
    expect(describeLoginError(english, 'other')).toBe('The login failed. Try again in a moment.');
  });

  test('a logout error still says the AdmZ session is closed', () => {
    expect(describeLogoutError(french, 'invalid_state')).toMatch(/session AdmZ est fermée/);
    expect(describeLogoutError(english, 'invalid_state')).toMatch(/AdmZ session is closed/);
    expect(describeLogoutError(french, null)).toBeNull();
  });
});
