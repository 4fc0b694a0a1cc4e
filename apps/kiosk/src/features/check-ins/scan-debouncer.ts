export type ScanDebouncer = {
  /** True when `value` should be acted on; false when the same value was accepted less than the window ago. */
  accept: (value: string, nowMs: number) => boolean;
};

/** The camera sees the same QR on many frames in a row: act on it once per window. */
export function createScanDebouncer(windowMs: number): ScanDebouncer {
  let lastValue: string | null = null;
  let lastAcceptedAt = Number.NEGATIVE_INFINITY;
  return {
    accept(value, nowMs) {
      if (value === lastValue && nowMs - lastAcceptedAt < windowMs) return false;
      lastValue = value;
      lastAcceptedAt = nowMs;
      return true;
    },
  };
}
