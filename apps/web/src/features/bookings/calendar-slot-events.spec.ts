import type { AvailabilitySummary } from '@admz/shared';
import { describe, expect, test } from 'vitest';
import { toSlotEvents } from './calendar-slot-events';

const slot = (overrides: Partial<AvailabilitySummary['days'][number]['slots'][number]>) => ({
  slot: 'morning' as const,
  startsAt: '2026-03-30T07:00:00.000Z',
  endsAt: '2026-03-30T11:00:00.000Z',
  localStart: '09:00',
  localEnd: '13:00',
  isPast: false,
  freeDeskCount: 3,
  myBookingId: null,
  ...overrides,
});

describe('toSlotEvents', () => {
  test('titles say the state in words and events sit at the site wall-clock time', () => {
    const events = toSlotEvents({
      siteId: '00000000-0000-4000-8000-000000000001',
      timezone: 'Europe/Paris',
      deskCount: 3,
      days: [
        {
          date: '2026-03-30',
          isOpen: true,
          closedReason: null,
          slots: [
            slot({}),
            slot({ slot: 'afternoon', freeDeskCount: 0 }),
            slot({ slot: 'day', myBookingId: '00000000-0000-4000-8000-000000000002' }),
          ],
        },
        {
          date: '2026-03-31',
          isOpen: true,
          closedReason: null,
          slots: [slot({ freeDeskCount: 1, isPast: true })],
        },
      ],
    });
    expect(events.map((event) => [event.title, event.state])).toEqual([
      ['Matin · 3 postes libres', 'free'],
      ['Après-midi · complet', 'full'],
      ['Journée · votre réservation', 'mine'],
      ['Matin · passé', 'past'],
    ]);
    // 07:00Z on the day after the spring change is 09:00 in Paris, whatever the browser's zone.
    expect(events[0]?.start.getHours()).toBe(9);
    expect(events[0]?.end.getHours()).toBe(13);
    expect(events.map((event) => event.allDay)).toEqual([false, false, true, false]);
  });

  const oneDay = (slots: ReturnType<typeof slot>[]) =>
    toSlotEvents({
      siteId: '00000000-0000-4000-8000-000000000001',
      timezone: 'Europe/Paris',
      deskCount: 3,
      days: [{ date: '2026-03-30', isOpen: true, closedReason: null, slots }],
    }).map((event) => event.title);
  const morningBooking = '00000000-0000-4000-8000-000000000003';
  const dayBooking = '00000000-0000-4000-8000-000000000004';

  test('a morning booking is the morning, not the whole day it overlaps', () => {
    expect(
      oneDay([
        slot({ myBookingId: morningBooking }),
        slot({ slot: 'afternoon', freeDeskCount: 2 }),
        slot({ slot: 'day', freeDeskCount: 2, myBookingId: morningBooking }),
      ]),
    ).toEqual(['Matin · votre réservation', 'Après-midi · 2 postes libres']);
  });

  test('an afternoon booking is the afternoon', () => {
    expect(
      oneDay([
        slot({ freeDeskCount: 3 }),
        slot({ slot: 'afternoon', myBookingId: morningBooking }),
        slot({ slot: 'day', myBookingId: morningBooking }),
      ]),
    ).toEqual(['Matin · 3 postes libres', 'Après-midi · votre réservation']);
  });

  test('a full-day booking is the day, shown once', () => {
    expect(
      oneDay([
        slot({ myBookingId: dayBooking }),
        slot({ slot: 'afternoon', myBookingId: dayBooking }),
        slot({ slot: 'day', myBookingId: dayBooking }),
      ]),
    ).toEqual(['Journée · votre réservation']);
  });
});
