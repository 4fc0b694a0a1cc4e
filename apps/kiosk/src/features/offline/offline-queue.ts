import type { OfflineCheckInsRequest, OfflineCheckInsResult } from '@admz/shared';
import type { OfflineBooking } from './offline-verifier';

/** A check-in verified by the kiosk while the API was unreachable, waiting to be sent. */
export type QueuedCheckIn = {
  clientId: string;
  token: string;
  /** When the person scanned, by the server-corrected clock (ISO). */
  scannedAt: string;
  bookingId: string;
  givenName: string;
  deskLabel: string;
};

export type ReplaySummary = {
  /** Items the API answered for (applied, already checked in, or refused). */
  sentCount: number;
  refused: { clientId: string; givenName: string; message: string | null }[];
};

export function createQueuedCheckIn(input: {
  clientId: string;
  token: string;
  booking: OfflineBooking;
  scannedAt: Date;
}): QueuedCheckIn {
  return {
    clientId: input.clientId,
    token: input.token,
    scannedAt: input.scannedAt.toISOString(),
    bookingId: input.booking.bookingId,
    givenName: input.booking.givenName,
    deskLabel: input.booking.deskLabel,
  };
}

/** The queued check-in of this booking, if any: a second scan must not queue it twice. */
export function findQueuedBooking(
  queue: readonly QueuedCheckIn[],
  bookingId: string,
): QueuedCheckIn | null {
  return queue.find((item) => item.bookingId === bookingId) ?? null;
}

export function buildReplayRequest(batch: readonly QueuedCheckIn[]): OfflineCheckInsRequest {
  return {
    checkIns: batch.map(({ clientId, token, scannedAt }) => ({ clientId, token, scannedAt })),
  };
}

/** Which items the API settled (to remove from the queue) and what to tell the people around. */
export function settleReplay(
  batch: readonly QueuedCheckIn[],
  results: OfflineCheckInsResult['results'],
): { settledClientIds: string[]; summary: ReplaySummary } {
  const resultsByClientId = new Map(results.map((result) => [result.clientId, result]));
  const settled = batch.filter((item) => resultsByClientId.has(item.clientId));
  const refused = settled.flatMap((item) => {
    const result = resultsByClientId.get(item.clientId);
    return result?.outcome === 'refused'
      ? [{ clientId: item.clientId, givenName: item.givenName, message: result.message }]
      : [];
  });
  return {
    settledClientIds: settled.map((item) => item.clientId),
    summary: { sentCount: settled.length, refused },
  };
}

/** A UUID v4 from `getRandomValues`, which (unlike `randomUUID`) also exists on plain http. */
export function createClientId(random: (bytes: Uint8Array) => void = fillRandom): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  const hex = [...bytes]
    .map((byte, index) => {
      // RFC 9562: byte 6 carries the version (4), byte 8 the variant (binary 10).
      if (index === 6) return (byte & 0x0f) | 0x40;
      if (index === 8) return (byte & 0x3f) | 0x80;
      return byte;
    })
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function fillRandom(bytes: Uint8Array): void {
  crypto.getRandomValues(bytes);
}
