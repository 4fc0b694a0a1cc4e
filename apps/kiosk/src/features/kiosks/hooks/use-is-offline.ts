import { useEffect, useEffectEvent, useSyncExternalStore } from 'react';

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/**
 * Offline when the browser knows the network is gone, or when the last heartbeat got no answer
 * at all (the API is down while the wifi is up). A network change calls `onNetworkChange` at once.
 */
export function useIsOffline(isHeartbeatUnanswered: boolean, onNetworkChange: () => void): boolean {
  const isBrowserOnline = useSyncExternalStore(subscribeToNetwork, () => navigator.onLine);
  const reportNetworkChange = useEffectEvent(onNetworkChange);

  useEffect(() => subscribeToNetwork(() => reportNetworkChange()), []);

  return !isBrowserOnline || isHeartbeatUnanswered;
}
