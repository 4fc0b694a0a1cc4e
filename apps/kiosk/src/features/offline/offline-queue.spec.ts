import { offlineCheckInsRequestSchema } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import {
  buildReplayRequest,
  createClientId,
  createQueuedCheckIn,
  findQueuedBooking,
  settleReplay,
  type QueuedCheckIn,
} from './offline-queue';

const token = 'eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

function queued(clientId: string, bookingId: string, scannedAt: string): QueuedCheckIn {
  return {
    clientId,
    token,
    scannedAt,
    bookingId,
    givenName: `Personne ${clientId}`,
    deskLabel: 'A-01',
  };
}

describe('createQueuedCheckIn', () => {
  it('keeps the token, the corrected scan time and what the greeting needs', () => {
    const item = createQueuedCheckIn({
      clientId: 'c1',
      token,
      booking: {
        bookingId: 'b1',
        givenName: 'Camille',
        deskLabel: 'A-01',
        zone: 'Zone calme',
        eventTitle: null,
      },
      scannedAt: new Date('2026-11-03T08:02:03.000Z'),
    });
    expect(item).toEqual({
      clientId: 'c1',
      token,
      scannedAt: '2026-11-03T08:02:03.000Z',
      bookingId: 'b1',
      givenName: 'Camille',
      deskLabel: 'A-01',
    });
  });
});

describe('findQueuedBooking', () => {
  it('finds a booking already queued, whatever token it was scanned with', () => {
    const queue = [
      queued('c1', 'b1', '2026-11-03T08:00:00Z'),
      queued('c2', 'b2', '2026-11-03T08:01:00Z'),
    ];
    expect(findQueuedBooking(queue, 'b2')?.clientId).toBe('c2');
    expect(findQueuedBooking(queue, 'b3')).toBeNull();
  });
});

describe('buildReplayRequest', () => {
  it('sends only the fields the API takes, in a request its schema accepts', () => {
    const batch = [
      queued('early', 'b2', '2026-11-03T08:00:00Z'),
      queued('late', 'b1', '2026-11-03T09:00:00Z'),
    ];
    const request = buildReplayRequest(batch);
    expect(request).toEqual({
      checkIns: [
        { clientId: 'early', token, scannedAt: '2026-11-03T08:00:00Z' },
        { clientId: 'late', token, scannedAt: '2026-11-03T09:00:00Z' },
      ],
    });
    expect(offlineCheckInsRequestSchema.safeParse(request).success).toBe(true);
  });
});

describe('settleReplay', () => {
  const batch = [
    queued('c1', 'b1', '2026-11-03T08:00:00Z'),
    queued('c2', 'b2', '2026-11-03T08:01:00Z'),
    queued('c3', 'b3', '2026-11-03T08:02:00Z'),
  ];

  it('removes every item the API answered, and lists the refused ones with their reason', () => {
    const { settledClientIds, summary } = settleReplay(batch, [
      { clientId: 'c1', outcome: 'applied', bookingId: 'b1', message: null },
      { clientId: 'c2', outcome: 'refused', bookingId: 'b2', message: 'Réservation annulée.' },
      { clientId: 'c3', outcome: 'already_checked_in', bookingId: 'b3', message: null },
    ]);
    expect(settledClientIds).toEqual(['c1', 'c2', 'c3']);
    expect(summary).toEqual({
      sentCount: 3,
      refused: [{ clientId: 'c2', givenName: 'Personne c2', message: 'Réservation annulée.' }],
    });
  });

  it('keeps the items the API did not answer for, and ignores answers it was not asked', () => {
    const { settledClientIds, summary } = settleReplay(batch, [
      { clientId: 'c2', outcome: 'applied', bookingId: 'b2', message: null },
      { clientId: 'stranger', outcome: 'applied', bookingId: null, message: null },
    ]);
    expect(settledClientIds).toEqual(['c2']);
    expect(summary.sentCount).toBe(1);
  });
});

describe('createClientId', () => {
  it('formats random bytes as a version 4 UUID', () => {
    const id = createClientId((bytes) => bytes.fill(0xff));
    expect(id).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(createClientId()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('differs from one call to the next', () => {
    expect(createClientId()).not.toBe(createClientId());
  });
});
