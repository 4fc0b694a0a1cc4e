import { describe, expect, it } from 'vitest';
import {
  failedRefreshDelayMs,
  getRefreshDelayMs,
  getRotatingQrRefetchInterval,
  getTimeUntilRefreshMs,
  isQrExpired,
  minimumRefreshDelayMs,
  type RotatingQr,
} from './rotating-qr';

const issuedAt = Date.parse('2026-11-03T09:00:00Z');
const qr: RotatingQr = {
  qrSvg: '<svg/>',
  refreshAfter: '2026-11-03T09:00:30Z',
  expiresAt: '2026-11-03T09:00:45Z',
};

describe('getRefreshDelayMs', () => {
  it('waits until refreshAfter', () => {
    expect(getRefreshDelayMs(qr, issuedAt)).toBe(30_000);
    expect(getRefreshDelayMs(qr, issuedAt + 20_000)).toBe(10_000);
  });

  it('waits a little when refreshAfter is already past, never zero', () => {
    expect(getRefreshDelayMs(qr, issuedAt + 40_000)).toBe(minimumRefreshDelayMs);
  });

  it('asks again after 30 s at most, even if the device clock is late', () => {
    expect(getRefreshDelayMs(qr, issuedAt - 120_000)).toBe(30_000);
  });
});

describe('getRotatingQrRefetchInterval', () => {
  it('does not poll before the first answer', () => {
    expect(getRotatingQrRefetchInterval({ state: { data: undefined, status: 'pending' } })).toBe(
      false,
    );
  });

  it('follows refreshAfter after a success, and backs off after a failure', () => {
    expect(
      getRotatingQrRefetchInterval({ state: { data: qr, status: 'success' } }, issuedAt + 25_000),
    ).toBe(5_000);
    expect(
      getRotatingQrRefetchInterval({ state: { data: qr, status: 'error' } }, issuedAt + 25_000),
    ).toBe(failedRefreshDelayMs);
  });
});

describe('isQrExpired', () => {
  it('is valid until expiresAt, expired from it on', () => {
    expect(isQrExpired(qr, issuedAt + 44_999)).toBe(false);
    expect(isQrExpired(qr, issuedAt + 45_000)).toBe(true);
  });
});

describe('getTimeUntilRefreshMs', () => {
  it('counts down from 30 s to 0 and stays there', () => {
    expect(getTimeUntilRefreshMs(qr, issuedAt)).toBe(30_000);
    expect(getTimeUntilRefreshMs(qr, issuedAt + 12_500)).toBe(17_500);
    expect(getTimeUntilRefreshMs(qr, issuedAt + 35_000)).toBe(0);
  });
});
