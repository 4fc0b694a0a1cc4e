import type { CheckInRequest } from '@admz/shared';
import {
  createClientId,
  createQueuedCheckIn,
  findQueuedBooking,
  type QueuedCheckIn,
} from './offline-queue';
import type { OfflineBooking, OfflineRefusalReason, OfflineVerification } from './offline-verifier';

export type OfflineCheckInDecision =
  | { verdict: 'queue'; item: QueuedCheckIn; booking: OfflineBooking }
  | { verdict: 'already-queued'; booking: OfflineBooking; since: string }
  | { verdict: 'refused'; reason: OfflineRefusalReason | 'typed-code' };

type OfflineCheckInInput = {
  request: CheckInRequest;
  queue: readonly QueuedCheckIn[];
  /** Now by the server-corrected clock: the scan time sent later. */
  now: Date;
  verify: (token: string) => Promise<OfflineVerification>;
  createId?: () => string;
};

/** What the kiosk does with a scan while the API is unreachable. */
export async function decideOfflineCheckIn({
  request,
  queue,
  now,
  verify,
  createId = createClientId,
}: OfflineCheckInInput): Promise<OfflineCheckInDecision> {
  // A typed code is only a lookup key: without the API there is nothing to check it against.
  if (request.token === undefined) return { verdict: 'refused', reason: 'typed-code' };
  const verification = await verify(request.token);
  if (!verification.isValid) return { verdict: 'refused', reason: verification.reason };
  const { booking } = verification;
  const queued = findQueuedBooking(queue, booking.bookingId);
  if (queued !== null) return { verdict: 'already-queued', booking, since: queued.scannedAt };
  const item = createQueuedCheckIn({
    clientId: createId(),
    token: request.token,
    booking,
    scannedAt: now,
  });
  return { verdict: 'queue', item, booking };
}
