import type { Booking } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { describeBookingOutcome } from './booking-display';

const base: Booking = {
  id: '7f1c2a52-6d3b-4a8e-9f0a-1b2c3d4e5f60',
  status: 'confirmed',
  slot: 'day',
  date: '2026-11-03',
  startsAt: '2026-11-03T08:00:00Z',
  endsAt: '2026-11-03T18:00:00Z',
  createdAt: '2026-10-01T08:00:00Z',
  cancelledAt: null,
  checkedInAt: null,
  checkedOutAt: null,
  releasedAt: null,
  site: { id: 'site', name: 'AdmZ Paris', timezone: 'Europe/Paris' },
  desk: { id: 'desk', label: 'A-04', zone: 'Plateau' },
  seriesId: null,
};

describe('describeBookingOutcome', () => {
  it('says nothing for a booking still waiting for its holder', () => {
    expect(describeBookingOutcome(base)).toBeNull();
  });

  it('gives arrival and departure times in the site’s timezone', () => {
    expect(
      describeBookingOutcome({
        ...base,
        status: 'checked_in',
        checkedInAt: '2026-11-03T08:12:00Z',
      }),
    ).toBe('Arrivé·e à 09:12.');
    expect(
      describeBookingOutcome({
        ...base,
        status: 'checked_out',
        checkedInAt: '2026-11-03T08:12:00Z',
        checkedOutAt: '2026-11-03T16:45:00Z',
      }),
    ).toBe('Arrivé·e à 09:12, parti·e à 17:45.');
  });

  it('explains a release for want of arrival', () => {
    expect(
      describeBookingOutcome({ ...base, status: 'absent', releasedAt: '2026-11-03T08:30:00Z' }),
    ).toBe('Réservation libérée faute d’arrivée à 09:30 : le poste a été rendu aux autres agents.');
  });
});

describe('describeBookingOutcome in English', () => {
  it('gives arrival, departure and release in English', () => {
    expect(
      describeBookingOutcome(
        {
          ...base,
          status: 'checked_out',
          checkedInAt: '2026-11-03T08:12:00Z',
          checkedOutAt: '2026-11-03T16:45:00Z',
        },
        'en',
      ),
    ).toBe('Arrived at 09:12, left at 17:45.');
    expect(
      describeBookingOutcome(
        { ...base, status: 'absent', releasedAt: '2026-11-03T08:30:00Z' },
        'en',
      ),
    ).toBe(
      'Booking released at 09:30 as no one arrived: the desk went back to other public servants.',
    );
  });
});
