const storageKey = 'admz.kiosk.credential';
const urlParameter = 'cle';

export type CredentialFromUrl = {
  /** The credential found in `?cle=`, trimmed, or null. */
  credential: string | null;
  /** The same address without `cle`, to put back in the history (the key must not stay visible). */
  cleanedUrl: string;
};

export function readCredentialFromUrl(href: string): CredentialFromUrl {
  const url = new URL(href);
  if (!url.searchParams.has(urlParameter)) return { credential: null, cleanedUrl: href };
  const value = url.searchParams.get(urlParameter)?.trim() ?? '';
  url.searchParams.delete(urlParameter);
  return { credential: value === '' ? null : value, cleanedUrl: url.toString() };
}

export function readStoredCredential(): string | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return value === null || value.trim() === '' ? null : value;
  } catch {
    return null;
  }
}

export function storeCredential(credential: string): void {
  window.localStorage.setItem(storageKey, credential);
}

export function forgetStoredCredential(): void {
  window.localStorage.removeItem(storageKey);
}

/** Takes `?cle=` from the address bar into storage, then removes it from the address. */
export function adoptCredentialFromUrl(): void {
  const { credential, cleanedUrl } = readCredentialFromUrl(window.location.href);
  if (cleanedUrl !== window.location.href)
    window.history.replaceState(window.history.state, '', cleanedUrl);
  if (credential !== null) storeCredential(credential);
}
