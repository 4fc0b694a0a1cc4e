let offlineVerifier: Promise<typeof import('./offline-verifier')> | undefined;

/**
 * The offline verifier (jose, the token checks) is only needed when the API cannot be reached:
 * it loads after the first screen (main.tsx asks right away, so it is there before any network
 * outage) or at the first scan the API does not answer.
 */
export function loadOfflineVerifier(): Promise<typeof import('./offline-verifier')> {
  offlineVerifier ??= import('./offline-verifier').catch((error: unknown) => {
    offlineVerifier = undefined; // Offline before it ever loaded: the next scan tries again.
    throw error;
  });
  return offlineVerifier;
}
