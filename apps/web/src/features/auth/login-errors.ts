import type { authMessages } from './auth.messages';

type AuthMessages = (typeof authMessages)['fr'];
type LoginErrorCode = Exclude<keyof AuthMessages['loginErrors'], 'other'>;

const isKnownCode = (messages: AuthMessages, code: string): code is LoginErrorCode =>
  code !== 'other' && Object.hasOwn(messages.loginErrors, code);

/** The sentence for `?erreur-connexion=<code>` set by the API's login callback. */
export function describeLoginError(messages: AuthMessages, code: string | null): string | null {
  if (!code) return null;
  return isKnownCode(messages, code) ? messages.loginErrors[code] : messages.loginErrors.other;
}

/** The sentence for `?erreur-deconnexion=<code>`: the AdmZ session is closed in every case. */
export function describeLogoutError(messages: AuthMessages, code: string | null): string | null {
  return code ? messages.logoutError : null;
}
