import type { Booking, CancelledBookingSeries } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useEffect, useRef, useState } from 'react';
import { describeError } from '../../../components/error-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useLanguage, useMessages } from '../../../i18n/language';
import { bookingSeriesMessages } from '../booking-series.messages';
import { useCancelBookingSeries } from '../hooks/use-cancel-booking-series';
import { summarizeSeriesCancellation } from '../series-cancellation-summary';

const cancelSeriesModal = createModal({ id: 'cancel-series-modal', isOpenedByDefault: false });

/** A series as the list shows it: its first and last upcoming booking, and how many there are. */
type SeriesSummary = { seriesId: string; first: Booking; last: Booking; count: number };

/** Upcoming confirmed bookings grouped by their series, in date order. */
export function groupUpcomingBySeries(upcoming: Booking[]): SeriesSummary[] {
  const bySeries = new Map<string, SeriesSummary>();
  for (const booking of upcoming) {
    if (booking.seriesId === null || booking.status !== 'confirmed') continue;
    const summary = bySeries.get(booking.seriesId);
    bySeries.set(
      booking.seriesId,
      summary
        ? { ...summary, last: booking, count: summary.count + 1 }
        : { seriesId: booking.seriesId, first: booking, last: booking, count: 1 },
    );
  }
  return [...bySeries.values()];
}

/** « Mes réservations » → my recurring bookings, each with « Annuler toute la série ». */
export function MyBookingSeries({ upcoming }: { upcoming: Booking[] }) {
  const cancelMutation = useCancelBookingSeries();
  const { mySeries: texts } = useMessages(bookingSeriesMessages);
  const labels = useDomainLabels();
  const format = useFormat();
  const [seriesToCancel, setSeriesToCancel] = useState<SeriesSummary | null>(null);
  const [cancellation, setCancellation] = useState<CancelledBookingSeries | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const series = groupUpcomingBySeries(upcoming);

  // The series may be gone from the list: focus goes to what the cancellation did.
  useEffect(() => {
    if (cancellation) outcomeRef.current?.focus();
  }, [cancellation]);

  if (series.length === 0 && cancellation === null) return null;

  function askCancel(summary: SeriesSummary) {
    cancelMutation.reset();
    setSeriesToCancel(summary);
    cancelSeriesModal.open();
  }

  return (
    <section aria-labelledby="series-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="series-title">{texts.title}</h2>
      {cancellation && (
        <div ref={outcomeRef} tabIndex={-1} className={fr.cx('fr-mb-2w')}>
          <SeriesCancellationAlert
            cancellation={cancellation}
            onClose={() => setCancellation(null)}
          />
        </div>
      )}
      <ul className="admz-plain-list">
        {series.map((summary) => {
          const { first, last, count } = summary;
          return (
            <li key={summary.seriesId} className={fr.cx('fr-mb-2w')}>
              <p className={fr.cx('fr-mb-1v')}>
                <strong>
                  {texts.desk(first.desk.label, first.site.name, labels.slot[first.slot])}
                </strong>
                {' — '}
                {texts.upcoming(count, format.date(first.date), format.date(last.date))}
              </p>
              <Button
                size="small"
                priority="secondary"
                iconId="fr-icon-delete-line"
                onClick={() => askCancel(summary)}
              >
                {texts.cancelAll}
              </Button>
            </li>
          );
        })}
      </ul>
      <cancelSeriesModal.Component
        title={texts.modalTitle}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: texts.keep, priority: 'secondary' },
          {
            children: cancelMutation.isPending ? texts.cancelling : texts.confirm,
            doClosesModal: false,
            disabled: cancelMutation.isPending || seriesToCancel === null,
            onClick: () => {
              if (!seriesToCancel) return;
              cancelMutation.mutate(seriesToCancel.seriesId, {
                onSuccess: (cancelled) => {
                  setCancellation(cancelled);
                  setSeriesToCancel(null);
                  cancelSeriesModal.close();
                },
              });
            },
          },
        ]}
      >
        {seriesToCancel ? (
          <p>
            {texts.willCancel(seriesToCancel.count)} {texts.pastStay}
          </p>
        ) : (
          <p>{texts.none}</p>
        )}
        {cancelMutation.isError && (
          <Alert severity="error" small description={describeError(cancelMutation.error)} />
        )}
      </cancelSeriesModal.Component>
    </section>
  );
}

/** How many were freed; the occurrences the site's deadline keeps, each with its date and why. */
function SeriesCancellationAlert({
  cancellation,
  onClose,
}: {
  cancellation: CancelledBookingSeries;
  onClose: () => void;
}) {
  const language = useLanguage();
  const { mySeries: texts } = bookingSeriesMessages[language];
  const summary = summarizeSeriesCancellation(cancellation, language);
  if (summary.severity === 'success') {
    return (
      <Alert severity="success" small closable onClose={onClose} description={summary.title} />
    );
  }
  return (
    <Alert
      severity="warning"
      closable
      onClose={onClose}
      title={summary.title}
      description={
        <>
          <span>{summary.keptLines.length > 1 ? texts.keptMany : texts.keptOne}</span>
          <ul className={fr.cx('fr-mb-0')}>
            {summary.keptLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      }
    />
  );
}
