import type { CancelledBookingSeries } from '@admz/shared';
import { domainLabels } from '../../i18n/domain-labels.messages';
import { formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { bookingSeriesMessages } from './booking-series.messages';

export type SeriesCancellationSummary = {
  /** Warning as soon as one occurrence could not be cancelled. */
  severity: 'success' | 'warning';
  title: string;
  /** « mardi 3 novembre 2026, Matin : why », one per occurrence still booked. */
  keptLines: string[];
};

/** What cancelling a whole series did: how many were freed, which stay booked and why. */
export function summarizeSeriesCancellation(
  result: CancelledBookingSeries,
  language: Language = 'fr',
): SeriesCancellationSummary {
  const { cancellation } = bookingSeriesMessages[language];
  const cancelledCount = result.cancelled.length;
  const keptCount = result.kept.length;
  const freed = cancellation.freed(cancelledCount);
  const keptLines = result.kept.map(({ booking, reason }) =>
    cancellation.keptLine(
      formatDate(booking.date, language),
      domainLabels[language].slot[booking.slot],
      reason,
    ),
  );
  if (keptCount === 0) return { severity: 'success', title: cancellation.done(freed), keptLines };
  const kept = cancellation.kept(keptCount);
  return {
    severity: 'warning',
    title:
      cancelledCount === 0 ? cancellation.noneCancelled(kept) : cancellation.partly(freed, kept),
    keptLines,
  };
}
