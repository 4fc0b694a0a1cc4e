import { daysBetweenIsoDates, defaultSiteRules, formatMinutes } from '@admz/shared';
import { describe, expect, test } from 'vitest';
import { computeDaySchedule } from '../sites/site-schedule';
import {
  findCancellationRefusal,
  findRuleRefusal,
  isoWeekOf,
  resolveRequestedSlot,
  slotTypeOf,
  type RuleCheck,
} from './booking-rules';

const check = (overrides: Partial<RuleCheck> = {}): RuleCheck => ({
  rules: defaultSiteRules,
  date: '2026-11-30',
  today: '2026-11-23',
  slot: 'morning',
  userId: 'me',
  deskAssignedUserId: null,
  bookingsThisWeek: 0,
  ...overrides,
});

describe('hourly bookings by zone', () => {
  const hourly = { ...defaultSiteRules, allowedSlotTypes: ['hourly' as const] };
  test('are offered in every zone when the host named none', () => {
    expect(findRuleRefusal(check({ rules: hourly, slot: 'hour', deskZone: 'Plateau' }))).toBeNull();
  });

  test('are refused outside the zones the host named, and the refusal names them', () => {
    const rooms = { ...hourly, hourlyZones: ['Salles de réunion', 'Atelier'] };
    expect(
      findRuleRefusal(check({ rules: rooms, slot: 'hour', deskZone: 'Salles de réunion' })),
    ).toBeNull();
    expect(findRuleRefusal(check({ rules: rooms, slot: 'hour', deskZone: 'Plateau' }))).toBe(
      "Réservation impossible : à l'heure, ce site ne propose que les zones « Salles de réunion », « Atelier » (règle du site).",
    );
    // The zones restrict hourly bookings only.
    const both = { ...rooms, allowedSlotTypes: ['half_day' as const, 'hourly' as const] };
    expect(
      findRuleRefusal(check({ rules: both, slot: 'morning', deskZone: 'Plateau' })),
    ).toBeNull();
  });
});

describe('booking rules', () => {
  test('the defaults let a half or full day through, within 30 days', () => {
    expect(findRuleRefusal(check())).toBeNull();
    expect(findRuleRefusal(check({ slot: 'day', date: '2026-12-23' }))).toBeNull();
  });

  test('each refusal names its rule', () => {
    expect(findRuleRefusal(check({ date: '2026-12-24' }))).toBe(
      "Réservation impossible : on ne peut pas réserver plus de 30 jours à l'avance (règle du site).",
    );
    expect(
      findRuleRefusal(
        check({ rules: { ...defaultSiteRules, maxBookingsPerWeek: 3 }, bookingsThisWeek: 3 }),
      ),
    ).toBe(
      'Vous avez atteint le maximum de 3 réservations par semaine sur ce site (règle du site).',
    );
    expect(findRuleRefusal(check({ slot: 'hour' }))).toMatch(
      /^Réservation impossible : ce site ne propose pas les réservations à l'heure \(règle du site/,
    );
    expect(findRuleRefusal(check({ deskAssignedUserId: 'someone-else' }))).toMatch(
      /^Ce poste est attribué à une personne/,
    );
    expect(findRuleRefusal(check({ deskAssignedUserId: 'me' }))).toBeNull();
  });

  test('cancellation deadline', () => {
    const rules = { ...defaultSiteRules, cancellationDeadlineMinutes: 120 };
    const startsAt = new Date('2026-11-23T09:00:00Z');
    expect(findCancellationRefusal(rules, startsAt, new Date('2026-11-23T06:59:00Z'))).toBeNull();
    expect(findCancellationRefusal(rules, startsAt, new Date('2026-11-23T07:01:00Z'))).toBe(
      'Annulation impossible moins de 2 h avant le début (règle du site).',
    );
    expect(findCancellationRefusal(defaultSiteRules, startsAt, startsAt)).toBeNull();
    expect(formatMinutes(90)).toBe('1 h 30');
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(2880)).toBe('2 jours');
  });

  test('ISO weeks and day counts on the site calendar', () => {
    expect(isoWeekOf('2026-11-29')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(isoWeekOf('2026-11-23')).toEqual({ monday: '2026-11-23', sunday: '2026-11-29' });
    expect(daysBetweenIsoDates('2026-03-28', '2026-03-30')).toBe(2);
    expect(slotTypeOf('day')).toBe('full_day');
  });

  test('hourly slots fit one range; after closing only key holders', () => {
    const weekly = [
      { weekday: 1, opensAt: '09:00', closesAt: '12:30' },
      { weekday: 1, opensAt: '13:30', closesAt: '19:00' },
    ];
    const day = (extendedClosesAt: string | null) => {
      const schedule = computeDaySchedule({
        date: '2026-11-23',
        timezone: 'Indian/Reunion',
        middayAt: '13:00',
        weekly,
        exception: null,
        extendedClosesAt,
      });
      if (!schedule.isOpen) throw new Error('open expected');
      return schedule;
    };
    const hour = (startTime: string, endTime: string) =>
      ({ date: '2026-11-23', slot: 'hour', startTime, endTime }) as const;
    expect(
      resolveRequestedSlot(day(null), hour('14:00', '16:00'), 'Indian/Reunion', null),
    ).toMatchObject({
      startsAt: new Date('2026-11-23T10:00:00Z'),
      endsAt: new Date('2026-11-23T12:00:00Z'),
    });
    expect(() =>
      resolveRequestedSlot(day(null), hour('12:00', '14:00'), 'Indian/Reunion', null),
    ).toThrow(
      "Le créneau de 12:00 à 14:00 est en dehors des horaires d'ouverture : ce jour-là le site est ouvert de 09:00 à 12:30 et de 13:30 à 19:00.",
    );
    expect(() =>
      resolveRequestedSlot(day(null), hour('19:00', '20:00'), 'Indian/Reunion', '22:00'),
    ).toThrow("Après 19:00, seuls les détenteurs d'une clé peuvent réserver");
    expect(
      resolveRequestedSlot(day('22:00'), hour('19:00', '21:00'), 'Indian/Reunion', '22:00'),
    ).toMatchObject({ localStart: '19:00', localEnd: '21:00' });
  });
});
