import type { BookingStatus } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import {
  countPresence,
  describePresencePerson,
  describePresenceStatus,
  sortPresenceEntries,
  type PresenceEntry,
} from './presence-summary';

function entry(
  usualName: string,
  startsAt: string,
  status: BookingStatus = 'confirmed',
  slot: PresenceEntry['slot'] = 'morning',
): PresenceEntry {
  const hasArrived = status === 'checked_in' || status === 'checked_out';
  return {
    bookingId: `booking-${usualName}`,
    person: { givenName: 'Camille', usualName, organizationLabel: 'DINUM' },
    desk: { label: 'A-01', zone: 'Plateau' },
    slot,
    startsAt,
    endsAt: '2026-11-03T12:00:00Z',
    status,
    hasArrived,
    checkedInAt: hasArrived ? '2026-11-03T08:12:00Z' : null,
    checkedOutAt: status === 'checked_out' ? '2026-11-03T11:40:00Z' : null,
    releasedAt: status === 'absent' ? '2026-11-03T08:30:00Z' : null,
  };
}

describe('countPresence', () => {
  it('counts booked, arrived, not yet arrived and released people, leaving out cancellations', () => {
    const entries = [
      entry('Martin', '2026-11-03T08:00:00Z', 'checked_in'),
      entry('Petit', '2026-11-03T08:00:00Z', 'checked_out'),
      entry('Bernard', '2026-11-03T08:00:00Z'),
      entry('Durand', '2026-11-03T13:00:00Z', 'confirmed', 'afternoon'),
      entry('Leroy', '2026-11-03T08:00:00Z', 'absent'),
      entry('Moreau', '2026-11-03T08:00:00Z', 'cancelled'),
    ];
    expect(countPresence(entries)).toEqual({ booked: 5, arrived: 2, notArrived: 2, released: 1 });
    expect(countPresence([])).toEqual({ booked: 0, arrived: 0, notArrived: 0, released: 0 });
  });
});

describe('describePresenceStatus', () => {
  const status = (value: BookingStatus) =>
    describePresenceStatus(entry('Martin', '2026-11-03T08:00:00Z', value), 'Europe/Paris');

  it('reads each status with its time in the site’s timezone', () => {
    expect(status('confirmed')).toEqual({ label: 'Pas encore arrivé·e', severity: undefined });
    expect(status('checked_in')).toEqual({ label: 'Arrivé·e à 09:12', severity: 'success' });
    expect(status('checked_out')).toEqual({ label: 'Parti·e à 12:40', severity: 'info' });
    expect(status('absent')).toEqual({ label: 'Libéré à 09:30 (absence)', severity: 'warning' });
  });

  it('uses the site’s timezone, not the browser’s', () => {
    const arrived = entry('Martin', '2026-11-03T12:00:00Z', 'checked_in');
    expect(describePresenceStatus(arrived, 'America/Cayenne').label).toBe('Arrivé·e à 05:12');
  });
});

describe('sortPresenceEntries', () => {
  it('orders by start time then family name', () => {
    const sorted = sortPresenceEntries([
      entry('Durand', '2026-11-03T13:00:00Z', 'confirmed', 'afternoon'),
      entry('Martin', '2026-11-03T08:00:00Z'),
      entry('Bernard', '2026-11-03T08:00:00Z'),
    ]);
    expect(sorted.map((item) => item.person?.usualName)).toEqual(['Bernard', 'Martin', 'Durand']);
  });

  it('puts anonymised bookings (no person) first among their start time, without failing', () => {
    const anonymised = { ...entry('—', '2026-11-03T08:00:00Z', 'checked_out'), person: null };
    const sorted = sortPresenceEntries([entry('Martin', '2026-11-03T08:00:00Z'), anonymised]);
    expect(sorted.map((item) => item.person?.usualName ?? null)).toEqual([null, 'Martin']);
  });
});

describe('describePresencePerson', () => {
  it('names the person, or says the booking was anonymised', () => {
    expect(describePresencePerson(entry('Martin', '2026-11-03T08:00:00Z'))).toEqual({
      name: 'Camille Martin',
      organization: 'DINUM',
    });
    expect(
      describePresencePerson({ ...entry('Martin', '2026-11-03T08:00:00Z'), person: null }),
    ).toEqual({ name: 'Personne anonymisée', organization: '—' });
  });
});
