import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs`: drives countdowns and « il y a 2 min ». */
export function useNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
