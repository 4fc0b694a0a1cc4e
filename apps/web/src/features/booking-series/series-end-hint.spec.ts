import { describe, expect, test } from 'vitest';
import { seriesEndHint } from './series-end-hint';

describe('the series end hint', () => {
  test("says the site's window when it ends first (30 days, not « six mois »)", () => {
    expect(seriesEndHint('2027-03-10', '2027-03-10', { maxDaysAhead: 30 })).toEqual({
      lastDate: '2027-04-09',
      hint: 'Au plus tard le vendredi 9 avril 2027 : sur ce site, on réserve au plus 30 jours à l’avance.',
    });
    expect(seriesEndHint('2027-03-10', '2027-03-10', { maxDaysAhead: 1 }).hint).toBe(
      'Au plus tard le jeudi 11 mars 2027 : sur ce site, on réserve au plus 1 jour à l’avance.',
    );
  });

  test('says the six months of a series when the window is wider', () => {
    expect(seriesEndHint('2027-03-10', '2027-03-10', { maxDaysAhead: 365 }).hint).toBe(
      'Au plus tard le jeudi 9 septembre 2027 : une série couvre au plus six mois.',
    );
  });
});

describe('the series end hint in English', () => {
  test("says the site's window or the six months in English", () => {
    expect(seriesEndHint('2027-03-10', '2027-03-10', { maxDaysAhead: 30 }, 'en').hint).toBe(
      'Friday 9 April 2027 at the latest: on this site, bookings open at most 30 days ahead.',
    );
    expect(seriesEndHint('2027-03-10', '2027-03-10', { maxDaysAhead: 365 }, 'en').hint).toBe(
      'Thursday 9 September 2027 at the latest: a series covers six months at most.',
    );
  });
});
