import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; follows the window as it is resized or turned. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => typeof window !== 'undefined' && window.matchMedia?.(query).matches === true,
    () => false,
  );
}

/** Phones and narrow tablets: below the DSFR « md » breakpoint (62em, 992 px). */
export const smallScreenQuery = '(max-width: 61.99em)';
