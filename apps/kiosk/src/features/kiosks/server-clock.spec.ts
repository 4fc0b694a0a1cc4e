import { describe, expect, it } from 'vitest';
import { measureClockOffsetMs, readServerTime } from './server-clock';

describe('measureClockOffsetMs', () => {
  it('measures a tablet running two minutes late, against the middle of the round trip', () => {
    const sentAt = Date.parse('2026-11-03T08:00:00.000Z');
    const receivedAt = sentAt + 200;
    expect(measureClockOffsetMs('2026-11-03T08:02:00.100+00:00', sentAt, receivedAt)).toBe(120_000);
  });

  it('reads a server time given with a site offset', () => {
    const localNow = Date.parse('2026-11-03T08:00:00.000Z');
    expect(measureClockOffsetMs('2026-11-03T08:59:00+01:00', localNow, localNow)).toBe(-60_000);
  });
});

describe('readServerTime', () => {
  it('corrects the local clock with the offset', () => {
    const localNow = Date.parse('2026-11-03T08:00:00.000Z');
    expect(readServerTime(120_000, localNow).toISOString()).toBe('2026-11-03T08:02:00.000Z');
  });
});
