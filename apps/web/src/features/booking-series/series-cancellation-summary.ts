import { formatFrenchDate, slotLabels, type CancelledBookingSeries } from '@admz/shared';

export type SeriesCancellationSummary = {
  /** Warning as soon as one occurrence could not be cancelled. */
  severity: 'success' | 'warning';
  title: string;
  /** « mardi 3 novembre 2026, Matin : why », one per occurrence still booked. */
  keptLines: string[];
};

const bookings = (count: number) => `${count} réservation${count > 1 ? 's' : ''}`;

/** What cancelling a whole series did: how many were freed, which stay booked and why. */
export function summarizeSeriesCancellation(
  result: CancelledBookingSeries,
): SeriesCancellationSummary {
  const cancelledCount = result.cancelled.length;
  const keptCount = result.kept.length;
  const freed = `${bookings(cancelledCount)} à venir libérée${cancelledCount > 1 ? 's' : ''}`;
  const keptLines = result.kept.map(
    ({ booking, reason }) =>
      `${formatFrenchDate(booking.date)}, ${slotLabels[booking.slot]} : ${reason}`,
  );
  if (keptCount === 0)
    return { severity: 'success', title: `Série annulée : ${freed}.`, keptLines };
  const kept = `${bookings(keptCount)} gardée${keptCount > 1 ? 's' : ''}`;
  return {
    severity: 'warning',
    title:
      cancelledCount === 0
        ? `Aucune réservation de la série n’a pu être annulée : ${kept}.`
        : `Série annulée en partie : ${freed}, ${kept}.`,
    keptLines,
  };
}
