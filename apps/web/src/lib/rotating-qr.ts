import { rotatingQrSeconds } from '@admz/shared';

/** What the booking pass and the personal pass share: a QR code renewed every 30 s. */
export type RotatingQr = { qrSvg: string; expiresAt: string; refreshAfter: string };

/** Never sooner: a device clock ahead of the server's must not make the page call in a loop. */
export const minimumRefreshDelayMs = 2_000;
/** After a failed renewal, wait this long before trying again on our own. */
export const failedRefreshDelayMs = 10_000;

/** How long to wait before asking for the next QR code (capped: a code changes every 30 s). */
export function getRefreshDelayMs(qr: RotatingQr, now: number): number {
  const untilRefresh = Date.parse(qr.refreshAfter) - now;
  return Math.min(Math.max(untilRefresh, minimumRefreshDelayMs), rotatingQrSeconds * 1000);
}

type RotatingQrQuery = {
  state: { data: RotatingQr | undefined; status: 'pending' | 'error' | 'success' };
};

/** TanStack Query's `refetchInterval`, timed on the last answer's `refreshAfter`. */
export function getRotatingQrRefetchInterval(
  query: RotatingQrQuery,
  now: number = Date.now(),
): number | false {
  if (query.state.data === undefined) return false;
  if (query.state.status === 'error') return failedRefreshDelayMs;
  return getRefreshDelayMs(query.state.data, now);
}

/** An expired code is never shown: the kiosk would refuse it. */
export function isQrExpired(qr: RotatingQr, now: number): boolean {
  return Date.parse(qr.expiresAt) <= now;
}

/** Milliseconds until the next code, between 0 and the rotation period (for the progress bar). */
export function getTimeUntilRefreshMs(qr: RotatingQr, now: number): number {
  return Math.min(Math.max(Date.parse(qr.refreshAfter) - now, 0), rotatingQrSeconds * 1000);
}

export function toQrImageSource(qrSvg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg)}`;
}
