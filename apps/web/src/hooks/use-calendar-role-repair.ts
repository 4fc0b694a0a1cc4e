import { useCallback } from 'react';
import { repairCalendarRoles } from '../lib/big-calendar';

/**
 * A ref for the element around a react-big-calendar: keeps its markup free of broken table roles
 * as it renders views anew (see `repairCalendarRoles`).
 */
export function useCalendarRoleRepair(): (container: HTMLElement | null) => () => void {
  return useCallback((container: HTMLElement | null) => {
    if (!container) return () => undefined;
    repairCalendarRoles(container);
    const observer = new MutationObserver(() => repairCalendarRoles(container));
    observer.observe(container, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['role'],
    });
    return () => observer.disconnect();
  }, []);
}
