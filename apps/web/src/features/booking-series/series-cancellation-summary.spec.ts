import type { Booking } from '@admz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEnglishHalves } from '../../i18n/language';
import { summarizeSeriesCancellation } from './series-cancellation-summary';

const occurrence = (date: string, slot: Booking['slot'] = 'morning'): Booking => ({
  id: `7f1c2a52-6d3b-4a8e-9f0a-1b2c3d4e5f${date.slice(-2)}`,
  status: 'confirmed',
  slot,
  date,
  startsAt: `${date}T08:00:00Z`,
  endsAt: `${date}T12:00:00Z`,
  createdAt: '2026-10-01T08:00:00Z',
  cancelledAt: null,
  checkedInAt: null,
  checkedOutAt: null,
  releasedAt: null,
  site: { id: 'site', name: 'AdmZ Paris', timezone: 'Europe/Paris' },
  desk: { id: 'desk', label: 'C-03', zone: 'Espace calme' },
  seriesId: '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d',
});
const seriesId = '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d';
const deadline = 'Annulation impossible moins de 48 h avant le début (règle du site).';

describe('summarizeSeriesCancellation', () => {
  it('counts the freed bookings when the whole series is cancelled', () => {
    expect(
      summarizeSeriesCancellation({
        seriesId,
        cancelled: [occurrence('2026-11-10'), occurrence('2026-11-12')],
        kept: [],
      }),
    ).toEqual({
      severity: 'success',
      title: 'Série annulée : 2 réservations à venir libérées.',
      keptLines: [],
    });
  });

  it('warns and lists the occurrences the deadline keeps, with their date and reason', () => {
    const summary = summarizeSeriesCancellation({
      seriesId,
      cancelled: [occurrence('2026-11-10'), occurrence('2026-11-12'), occurrence('2026-11-17')],
      kept: [{ booking: occurrence('2026-11-03', 'day'), reason: deadline }],
    });
    expect(summary.severity).toBe('warning');
    expect(summary.title).toBe(
      'Série annulée en partie : 3 réservations à venir libérées, 1 réservation gardée.',
    );
    expect(summary.keptLines).toEqual([`mardi 3 novembre 2026, Journée : ${deadline}`]);
  });

  it('says so when nothing could be cancelled', () => {
    const summary = summarizeSeriesCancellation({
      seriesId,
      cancelled: [],
      kept: [
        { booking: occurrence('2026-11-03'), reason: deadline },
        { booking: occurrence('2026-11-05'), reason: deadline },
      ],
    });
    expect(summary.title).toBe(
      'Aucune réservation de la série n’a pu être annulée : 2 réservations gardées.',
    );
    expect(summary.keptLines).toHaveLength(2);
  });
});

describe('summarizeSeriesCancellation in English', () => {
  // The value names' English is a module of its own, in by the time a page is in English.
  beforeAll(() => loadEnglishHalves());

  it('counts with English plurals and dates', () => {
    const summary = summarizeSeriesCancellation(
      {
        seriesId,
        cancelled: [occurrence('2026-11-10')],
        kept: [{ booking: occurrence('2026-11-03', 'day'), reason: 'Too late to cancel.' }],
      },
      'en',
    );
    expect(summary.title).toBe(
      'Series partly cancelled: 1 upcoming booking freed, 1 booking kept.',
    );
    expect(summary.keptLines).toEqual(['Tuesday 3 November 2026, Full day: Too late to cancel.']);
  });
});
