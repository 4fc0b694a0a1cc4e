import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Fullscreen API on one element; `isSupported` is false on phones that lack it (iPhone). */
export function useFullscreen(elementRef: RefObject<HTMLElement | null>) {
  const [isFullscreen, setIsFullscreen] = useState(false);
  const isSupported = typeof document !== 'undefined' && document.fullscreenEnabled === true;

  useEffect(() => {
    const updateState = () =>
      setIsFullscreen(
        document.fullscreenElement !== null && document.fullscreenElement === elementRef.current,
      );
    document.addEventListener('fullscreenchange', updateState);
    return () => document.removeEventListener('fullscreenchange', updateState);
  }, [elementRef]);

  const toggleFullscreen = useCallback(async () => {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await elementRef.current?.requestFullscreen();
    } catch {
      // Refused by the browser (no user gesture, policy): the page stays usable as it is.
    }
  }, [elementRef]);

  return { isSupported, isFullscreen, toggleFullscreen };
}
