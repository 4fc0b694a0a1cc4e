import { describe, expect, test } from 'vitest';
import {
  checkInRequestSchema,
  countOf,
  createBookingSchema,
  createKioskSchema,
  isKnownTimezone,
  isRealDate,
  normalizeShortCode,
  replaceWeeklyOpeningSchema,
  splitIsoDate,
} from './index';

describe('shared contract', () => {
  test('isRealDate rejects days that do not exist', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2026-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-02')).toBe(false);
  });

  test('splitIsoDate reads a day as numbers, month counted from 1', () => {
    expect(splitIsoDate('2027-03-09')).toEqual([2027, 3, 9]);
  });

  test('weekly hours refuse two ranges of one day that overlap, and accept ranges that touch', () => {
    const overlapping = replaceWeeklyOpeningSchema.safeParse({
      weekly: [
        { weekday: 2, opensAt: '13:00', closesAt: '18:00' },
        { weekday: 1, opensAt: '08:00', closesAt: '12:00' },
        { weekday: 2, opensAt: '08:00', closesAt: '13:30' },
      ],
    });
    expect(overlapping.error?.issues[0]?.message).toBe(
      'Les plages du mardi se chevauchent : 08:00–13:30 et 13:00–18:00.',
    );
    const touching = replaceWeeklyOpeningSchema.safeParse({
      weekly: [
        { weekday: 1, opensAt: '08:00', closesAt: '12:00' },
        { weekday: 1, opensAt: '12:00', closesAt: '18:00' },
        { weekday: 2, opensAt: '09:00', closesAt: '17:00' },
      ],
    });
    expect(touching.success).toBe(true);
  });

  test('isKnownTimezone accepts IANA zones only', () => {
    expect(isKnownTimezone('Indian/Reunion')).toBe(true);
    expect(isKnownTimezone('America/Cayenne')).toBe(true);
    expect(isKnownTimezone('Mars/Olympus')).toBe(false);
  });

  test('a typed code is normalised the same way by kiosk and API', () => {
    expect(normalizeShortCode(' ab3d-ef7h ')).toBe('AB3DEF7H');
    expect(checkInRequestSchema.parse({ shortCode: 'ab3d-ef7h' })).toEqual({
      shortCode: 'AB3DEF7H',
    });
    expect(checkInRequestSchema.safeParse({ shortCode: 'AB3D-EF71' }).success).toBe(false);
    expect(checkInRequestSchema.safeParse({}).success).toBe(false);
    expect(
      checkInRequestSchema.safeParse({ token: 'a'.repeat(30), shortCode: 'AB3DEF7H' }).success,
    ).toBe(false);
  });

  test('a booking request names the faulty field in French', () => {
    const result = createBookingSchema.safeParse({
      siteId: 'x',
      deskId: crypto.randomUUID(),
      date: '2026-02-30',
      slot: 'soir',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['siteId', 'date', 'slot']);
    expect(result.error?.issues[1]?.message).toBe("Cette date n'existe pas.");
  });

  test("zod's own messages are French too: a missing field, a wrong type, a text too long", () => {
    const missing = createKioskSchema.safeParse({});
    expect(missing.error?.issues[0]).toMatchObject({
      path: ['name'],
      message: 'Ce champ est obligatoire.',
    });
    const wrongType = createKioskSchema.safeParse({ name: 12 });
    expect(wrongType.error?.issues[0]?.message).toBe(
      'Entrée invalide : chaîne de caractères attendu, nombre reçu',
    );
    const tooLong = createKioskSchema.safeParse({ name: 'x'.repeat(81) });
    expect(tooLong.error?.issues[0]?.message).toMatch(/^Trop grand/);
  });
});

describe('countOf', () => {
  test('0 and 1 are singular in French, 2 and more plural', () => {
    expect(countOf(0, 'poste')).toBe('0 poste');
    expect(countOf(1, 'poste')).toBe('1 poste');
    expect(countOf(2, 'poste')).toBe('2 postes');
    expect(countOf(40, 'place')).toBe('40 places');
    expect(countOf(3, 'jour ouvert', 'jours ouverts')).toBe('3 jours ouverts');
  });
});
