/** Why the camera cannot scan; each has a title and an explanation in the dictionaries. */
export type CameraProblem = 'denied' | 'not-found' | 'busy' | 'insecure' | 'ended' | 'other';

/** Reads a `getUserMedia` failure the way the person at the tablet can act on it. */
export function classifyCameraError(error: unknown, isSecureContext: boolean): CameraProblem {
  // Browsers hide the camera API entirely from pages served over plain http.
  if (!isSecureContext) return 'insecure';
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : null;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'not-found';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'other';
  }
}
