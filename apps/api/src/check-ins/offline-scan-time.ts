import { rotatingQrLifetimeSeconds } from '@admz/shared';
import type { KioskOfflinePeriod } from '../kiosks/kiosks.service';

/** The kiosk's clock is corrected at each heartbeat; over a long outage it may drift this much. */
export const scanClockToleranceSeconds = 15;
/**
 * A scan whose token is still good when it reaches the API may be this old with no offline period
 * recorded: an online scan whose answer was lost, sent again at once. A minute back gains nothing.
 */
export const lostAnswerSeconds = rotatingQrLifetimeSeconds + scanClockToleranceSeconds;
/** Offline check-ins are accepted this long after their scan. */
export const offlineMaxAgeHours = 48;

export type ScanAgeProblem = 'in_future' | 'too_old';
export type OfflineScanProblem = 'before_issue' | 'while_online';

/** A scan time after its reception, or older than an outage worth replaying. */
export function findScanAgeProblem(scannedAt: Date, receivedAt: Date): ScanAgeProblem | null {
  const ageMs = receivedAt.getTime() - scannedAt.getTime();
  if (ageMs < -scanClockToleranceSeconds * 1000) return 'in_future';
  if (ageMs > offlineMaxAgeHours * 3_600_000) return 'too_old';
  return null;
}

export type OfflineScanInput = {
  scannedAt: Date;
  receivedAt: Date;
  /** A rotating code's `iat`; null for the mail's code, whose window start bounds it instead. */
  issuedAt: Date | null;
  /** Whether the API would accept the token at reception (short life and booking window). */
  isValidAtReception: boolean;
  /** When the server heard nothing from the kiosk (`kiosk_offline_periods`). */
  offlinePeriods: readonly KioskOfflinePeriod[];
};

/**
 * Whether a queued scan's time is believable from what the server knows: not before its token
 * was issued, and at a time the kiosk was out of contact (± the clock tolerance) — unless its
 * token is still good on arrival and the scan is less than `lostAnswerSeconds` old.
 */
export function findOfflineScanProblem(input: OfflineScanInput): OfflineScanProblem | null {
  const toleranceMs = scanClockToleranceSeconds * 1000;
  const scanned = input.scannedAt.getTime();
  if (input.issuedAt && scanned < input.issuedAt.getTime() - toleranceMs) return 'before_issue';
  const isLostAnswer =
    input.isValidAtReception && input.receivedAt.getTime() - scanned <= lostAnswerSeconds * 1000;
  const isWhileOffline = input.offlinePeriods.some(
    (period) =>
      scanned >= period.startedAt.getTime() - toleranceMs &&
      scanned <= period.endedAt.getTime() + toleranceMs,
  );
  return isLostAnswer || isWhileOffline ? null : 'while_online';
}
