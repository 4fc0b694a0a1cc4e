import type { CheckInResult } from '@admz/shared';
import { ApiError, NetworkError } from '../../api-client';

export type CheckInOutcome =
  { kind: 'success'; result: CheckInResult } | { kind: 'failure'; message: string };

export function describeCheckInFailure(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  return 'Une erreur inattendue est survenue, réessayez.';
}

export function describeDesk(desk: CheckInResult['desk']): string {
  return desk.zone.trim() === '' ? `Bureau ${desk.label}` : `Bureau ${desk.label} — ${desk.zone}`;
}
