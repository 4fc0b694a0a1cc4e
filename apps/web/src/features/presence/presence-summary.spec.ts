import { describe, expect, it } from 'vitest';
import { countPresence, sortPresenceEntries, type PresenceEntry } from './presence-summary';

function entry(
  usualName: string,
  startsAt: string,
  checkedInAt: string | null,
  slot: PresenceEntry['slot'] = 'morning',
): PresenceEntry {
  return {
    bookingId: `booking-${usualName}`,
    person: { givenName: 'Camille', usualName, organizationLabel: 'DINUM' },
    desk: { label: 'A-01', zone: 'Plateau' },
    slot,
    startsAt,
    hasArrived: checkedInAt !== null,
    checkedInAt,
  };
}

describe('countPresence', () => {
  it('counts booked, arrived and not yet arrived people', () => {
    const entries = [
      entry('Martin', '2026-11-03T08:00:00Z', '2026-11-03T08:12:00Z'),
      entry('Bernard', '2026-11-03T08:00:00Z', null),
      entry('Durand', '2026-11-03T13:00:00Z', null, 'afternoon'),
    ];
    expect(countPresence(entries)).toEqual({ booked: 3, arrived: 1, notArrived: 2 });
    expect(countPresence([])).toEqual({ booked: 0, arrived: 0, notArrived: 0 });
  });
});

describe('sortPresenceEntries', () => {
  it('orders by start time then family name', () => {
    const sorted = sortPresenceEntries([
      entry('Durand', '2026-11-03T13:00:00Z', null, 'afternoon'),
      entry('Martin', '2026-11-03T08:00:00Z', null),
      entry('Bernard', '2026-11-03T08:00:00Z', null),
    ]);
    expect(sorted.map((item) => item.person.usualName)).toEqual(['Bernard', 'Martin', 'Durand']);
  });
});
