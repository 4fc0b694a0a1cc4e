import { describe, expect, it } from 'vitest';
import {
  findOfflineScanProblem,
  findScanAgeProblem,
  lostAnswerSeconds,
  scanClockToleranceSeconds,
  type OfflineScanInput,
} from './offline-scan-time';

const receivedAt = new Date('2026-11-03T10:00:00Z');
const at = (secondsBeforeReception: number) =>
  new Date(receivedAt.getTime() - secondsBeforeReception * 1000);
const outage = { startedAt: at(600), endedAt: at(2) };

function check(overrides: Partial<OfflineScanInput>) {
  return findOfflineScanProblem({
    scannedAt: at(300),
    receivedAt,
    issuedAt: at(310),
    isValidAtReception: false,
    offlinePeriods: [outage],
    ...overrides,
  });
}

describe('findScanAgeProblem', () => {
  it('refuses a scan after its reception beyond the clock tolerance, or older than 48 hours', () => {
    expect(findScanAgeProblem(at(-scanClockToleranceSeconds), receivedAt)).toBeNull();
    expect(findScanAgeProblem(at(-scanClockToleranceSeconds - 1), receivedAt)).toBe('in_future');
    expect(findScanAgeProblem(at(48 * 3600), receivedAt)).toBeNull();
    expect(findScanAgeProblem(at(48 * 3600 + 1), receivedAt)).toBe('too_old');
  });
});

describe('findOfflineScanProblem', () => {
  it('accepts a scan inside a recorded outage, its code issued before', () => {
    expect(check({})).toBeNull();
  });

  it('refuses a scan before its code was issued, beyond the clock tolerance', () => {
    expect(check({ issuedAt: at(300 + scanClockToleranceSeconds) })).toBeNull();
    expect(check({ issuedAt: at(300 - scanClockToleranceSeconds - 1) })).toBe('before_issue');
  });

  it('refuses a scan at a time the kiosk was in contact: before the outage, or with none recorded', () => {
    expect(check({ scannedAt: at(600 + scanClockToleranceSeconds), issuedAt: null })).toBeNull();
    expect(check({ scannedAt: at(600 + scanClockToleranceSeconds + 1), issuedAt: null })).toBe(
      'while_online',
    );
    expect(check({ offlinePeriods: [] })).toBe('while_online');
  });

  it('accepts a lost answer sent again at once only when its code is still good on arrival', () => {
    const lost = { scannedAt: at(lostAnswerSeconds), issuedAt: at(lostAnswerSeconds + 5) };
    expect(check({ ...lost, offlinePeriods: [], isValidAtReception: true })).toBeNull();
    expect(check({ ...lost, offlinePeriods: [], isValidAtReception: false })).toBe('while_online');
    expect(
      check({
        scannedAt: at(lostAnswerSeconds + 1),
        issuedAt: null,
        offlinePeriods: [],
        isValidAtReception: true,
      }),
    ).toBe('while_online');
  });
});
