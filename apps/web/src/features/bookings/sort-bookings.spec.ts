import type { Booking, BookingStatus } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { canCancel, canShowPass, sortBookings } from './sort-bookings';

function booking(id: string, startsAt: string, endsAt: string, status: BookingStatus): Booking {
  return {
    id,
    status,
    slot: 'morning',
    date: startsAt.slice(0, 10),
    startsAt,
    endsAt,
    createdAt: '2026-10-01T08:00:00Z',
    cancelledAt: status === 'cancelled' ? '2026-10-02T08:00:00Z' : null,
    checkedInAt: status === 'checked_in' || status === 'checked_out' ? startsAt : null,
    checkedOutAt: status === 'checked_out' ? endsAt : null,
    releasedAt: status === 'absent' ? startsAt : null,
    site: { id: 'site', name: 'AdmZ Paris', timezone: 'Europe/Paris' },
    desk: { id: 'desk', label: 'A-01', zone: 'Plateau' },
    seriesId: null,
  };
}

const now = new Date('2026-11-03T10:00:00Z');

describe('sortBookings', () => {
  it('puts upcoming bookings first, soonest first, and the rest latest first', () => {
    const later = booking('later', '2026-11-05T08:00:00Z', '2026-11-05T12:00:00Z', 'confirmed');
    const soon = booking('soon', '2026-11-04T08:00:00Z', '2026-11-04T12:00:00Z', 'confirmed');
    const ongoing = booking(
      'ongoing',
      '2026-11-03T08:00:00Z',
      '2026-11-03T12:00:00Z',
      'checked_in',
    );
    const cancelled = booking(
      'cancelled',
      '2026-11-06T08:00:00Z',
      '2026-11-06T12:00:00Z',
      'cancelled',
    );
    const past = booking('past', '2026-10-20T08:00:00Z', '2026-10-20T12:00:00Z', 'checked_in');
    const older = booking('older', '2026-10-10T08:00:00Z', '2026-10-10T12:00:00Z', 'confirmed');

    const sorted = sortBookings([older, later, cancelled, past, soon, ongoing], now);

    expect(sorted.upcoming.map((item) => item.id)).toEqual(['ongoing', 'soon', 'later']);
    expect(sorted.history.map((item) => item.id)).toEqual(['cancelled', 'past', 'older']);
  });
});

describe('sortBookings with departures and releases', () => {
  it('files a booking that is left or released under history, even before its end', () => {
    const left = booking('left', '2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z', 'checked_out');
    const released = booking('released', '2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z', 'absent');
    const here = booking('here', '2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z', 'checked_in');

    const sorted = sortBookings([left, released, here], now);

    expect(sorted.upcoming.map((item) => item.id)).toEqual(['here']);
    expect(sorted.history.map((item) => item.id).sort()).toEqual(['left', 'released']);
  });
});

describe('canShowPass', () => {
  it('shows the QR code before arrival and while present (to leave), not after', () => {
    const slot = ['2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z'] as const;
    expect(canShowPass(booking('a', ...slot, 'confirmed'), now)).toBe(true);
    expect(canShowPass(booking('b', ...slot, 'checked_in'), now)).toBe(true);
    expect(canShowPass(booking('c', ...slot, 'checked_out'), now)).toBe(false);
    expect(canShowPass(booking('d', ...slot, 'absent'), now)).toBe(false);
    expect(canShowPass(booking('e', ...slot, 'cancelled'), now)).toBe(false);
    expect(
      canShowPass(booking('f', '2026-11-02T08:00:00Z', '2026-11-02T12:00:00Z', 'confirmed'), now),
    ).toBe(false);
  });
});

describe('canCancel', () => {
  it('allows cancelling a confirmed booking that is not over', () => {
    expect(
      canCancel(booking('a', '2026-11-04T08:00:00Z', '2026-11-04T12:00:00Z', 'confirmed'), now),
    ).toBe(true);
    expect(
      canCancel(booking('b', '2026-11-04T08:00:00Z', '2026-11-04T12:00:00Z', 'cancelled'), now),
    ).toBe(false);
    expect(
      canCancel(booking('c', '2026-11-03T08:00:00Z', '2026-11-03T12:00:00Z', 'checked_in'), now),
    ).toBe(false);
    expect(
      canCancel(booking('d', '2026-11-02T08:00:00Z', '2026-11-02T12:00:00Z', 'confirmed'), now),
    ).toBe(false);
  });
});
