import { addDaysToIsoDate } from '@admz/shared';
import { useAvailabilitySummary } from './use-availability-summary';

/** How far ahead the next open day is looked for (the summary answers up to 62 days). */
const lookAheadDays = 31;

/**
 * The first open day of the site after `date` within a month, or null while loading or when
 * none: « Jour suivant » and « Voir le prochain jour d'ouverture » jump over closed days.
 */
export function useNextOpenDate(siteId: string, date: string): string | null {
  const summaryQuery = useAvailabilitySummary(
    siteId,
    addDaysToIsoDate(date, 1),
    addDaysToIsoDate(date, lookAheadDays),
  );
  const days = summaryQuery.data?.siteId === siteId ? summaryQuery.data.days : [];
  return days.find((day) => day.date > date && day.isOpen)?.date ?? null;
}
