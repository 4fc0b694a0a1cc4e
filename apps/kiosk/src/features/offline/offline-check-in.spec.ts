import { describe, expect, it, vi } from 'vitest';
import { decideOfflineCheckIn } from './offline-check-in';
import type { QueuedCheckIn } from './offline-queue';
import type { OfflineVerification } from './offline-verifier';

const token = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJiMSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const booking = {
  bookingId: 'b1',
  givenName: 'Camille',
  deskLabel: 'A-01',
  zone: 'Zone calme',
  eventTitle: null,
};
const now = new Date('2026-11-03T08:02:00.000Z');
const accept = async (): Promise<OfflineVerification> => ({ isValid: true, booking });

describe('decideOfflineCheckIn', () => {
  it('queues a verified scan with the corrected time', async () => {
    const decision = await decideOfflineCheckIn({
      request: { token },
      queue: [],
      now,
      verify: accept,
      createId: () => 'c1',
    });
    expect(decision).toEqual({
      verdict: 'queue',
      booking,
      item: {
        clientId: 'c1',
        token,
        scannedAt: '2026-11-03T08:02:00.000Z',
        bookingId: 'b1',
        givenName: 'Camille',
        deskLabel: 'A-01',
      },
    });
  });

  it('answers « already » for a booking queued earlier, with the time of the first scan', async () => {
    const earlier: QueuedCheckIn = {
      clientId: 'c0',
      token: 'another-rotating-token-of-the-same-booking',
      scannedAt: '2026-11-03T07:45:00.000Z',
      bookingId: 'b1',
      givenName: 'Camille',
      deskLabel: 'A-01',
    };
    const decision = await decideOfflineCheckIn({
      request: { token },
      queue: [earlier],
      now,
      verify: accept,
    });
    expect(decision).toEqual({ verdict: 'already-queued', booking, since: earlier.scannedAt });
  });

  it('passes on the reason a token was refused', async () => {
    const decision = await decideOfflineCheckIn({
      request: { token },
      queue: [],
      now,
      verify: async () => ({ isValid: false, reason: 'wrong-site' }),
    });
    expect(decision).toEqual({ verdict: 'refused', reason: 'wrong-site' });
  });

  it('refuses a typed code without trying to verify anything', async () => {
    const verify = vi.fn(accept);
    const decision = await decideOfflineCheckIn({
      request: { shortCode: 'AB3DEF7H' },
      queue: [],
      now,
      verify,
    });
    expect(decision).toEqual({ verdict: 'refused', reason: 'typed-code' });
    expect(verify).not.toHaveBeenCalled();
  });
});
