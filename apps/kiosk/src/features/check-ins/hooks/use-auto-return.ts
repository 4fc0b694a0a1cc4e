import { useEffect, useEffectEvent } from 'react';

/** Calls `onReturn` after `delayMs` (null: never); the countdown restarts whenever `restartKey` changes. */
export function useAutoReturn(
  delayMs: number | null,
  onReturn: () => void,
  restartKey?: unknown,
): void {
  const returnNow = useEffectEvent(onReturn);

  useEffect(() => {
    if (delayMs === null) return;
    const timer = setTimeout(() => returnNow(), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs, restartKey]);
}
