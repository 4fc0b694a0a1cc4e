import { useEffect, useState } from 'react';

/** The current instant, refreshed every `intervalMs`. */
export function useCurrentTime(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
