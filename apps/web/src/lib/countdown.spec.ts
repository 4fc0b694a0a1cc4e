import { describe, expect, it } from 'vitest';
import { formatCountdown, formatTimeAgo } from './countdown';

describe('formatCountdown', () => {
  it('reads minutes and zero-padded seconds, rounded up to the second', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10 min 00 s');
    expect(formatCountdown(9 * 60_000 + 4_200)).toBe('9 min 05 s');
    expect(formatCountdown(61_000)).toBe('1 min 01 s');
  });

  it('reads seconds alone under a minute, and never goes below zero', () => {
    expect(formatCountdown(44_001)).toBe('45 s');
    expect(formatCountdown(0)).toBe('0 s');
    expect(formatCountdown(-5_000)).toBe('0 s');
  });
});

describe('formatTimeAgo', () => {
  const now = Date.parse('2026-11-03T10:00:00Z');

  it('says « jamais » for a kiosk never seen and « à l’instant » under a minute', () => {
    expect(formatTimeAgo(null, now)).toBe('jamais');
    expect(formatTimeAgo('2026-11-03T09:59:30Z', now)).toBe('à l’instant');
    expect(formatTimeAgo('2026-11-03T10:00:05Z', now)).toBe('à l’instant');
  });

  it('counts whole minutes, hours and days', () => {
    expect(formatTimeAgo('2026-11-03T09:58:00Z', now)).toBe('il y a 2 min');
    expect(formatTimeAgo('2026-11-03T09:00:01Z', now)).toBe('il y a 59 min');
    expect(formatTimeAgo('2026-11-03T07:00:00Z', now)).toBe('il y a 3 h');
    expect(formatTimeAgo('2026-11-02T10:00:00Z', now)).toBe('il y a 1 jour');
    expect(formatTimeAgo('2026-10-30T09:00:00Z', now)).toBe('il y a 4 jours');
  });

  it('in English too', () => {
    expect(formatTimeAgo(null, now, 'en')).toBe('never');
    expect(formatTimeAgo('2026-11-03T09:59:30Z', now, 'en')).toBe('just now');
    expect(formatTimeAgo('2026-11-03T09:58:00Z', now, 'en')).toBe('2 min ago');
    expect(formatTimeAgo('2026-11-02T10:00:00Z', now, 'en')).toBe('1 day ago');
    expect(formatTimeAgo('2026-10-30T09:00:00Z', now, 'en')).toBe('4 days ago');
  });
});
