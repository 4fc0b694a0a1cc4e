import { useEffect } from 'react';

/** Keeps the tablet screen on while the kiosk runs; browsers without the Wake Lock API just ignore it. */
export function useScreenWakeLock(): void {
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let isReleased = false;
    const requestLock = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((lock) => {
          if (isReleased) void lock.release();
          else sentinel = lock;
        })
        .catch(() => undefined);
    };
    requestLock();
    // The browser drops the lock whenever the page is hidden.
    document.addEventListener('visibilitychange', requestLock);
    return () => {
      isReleased = true;
      document.removeEventListener('visibilitychange', requestLock);
      void sentinel?.release();
    };
  }, []);
}
