import type { WaitlistEntry } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeError } from '../../../components/error-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { waitlistMessages } from '../waitlist.messages';
import { useLeaveWaitlist } from '../hooks/use-leave-waitlist';
import { useMyWaitlistEntries } from '../hooks/use-my-waitlist-entries';

const isUpcoming = (entry: WaitlistEntry) => new Date(entry.startsAt).getTime() > Date.now();

/** « Mes réservations » → my waitlist entries still to come, with « Quitter la liste ». */
export function MyWaitlistEntries() {
  const entriesQuery = useMyWaitlistEntries();
  const leaveMutation = useLeaveWaitlist();
  const { mine: texts } = useMessages(waitlistMessages);
  const labels = useDomainLabels();
  const format = useFormat();

  if (entriesQuery.isPending) return <LoadingState label={texts.loading} />;
  if (entriesQuery.isError) {
    return <ErrorState error={entriesQuery.error} onRetry={() => void entriesQuery.refetch()} />;
  }
  const entries = entriesQuery.data.filter(
    (entry) => isUpcoming(entry) && (entry.status === 'waiting' || entry.status === 'promoted'),
  );
  if (entries.length === 0) return null;

  return (
    <section aria-labelledby="waitlist-entries-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="waitlist-entries-title">{texts.title}</h2>
      {leaveMutation.isError && (
        <Alert
          severity="error"
          small
          className={fr.cx('fr-mb-2w')}
          description={describeError(leaveMutation.error)}
        />
      )}
      <ul className="admz-plain-list">
        {entries.map((entry) => (
          <li key={entry.id} className={fr.cx('fr-mb-2w')} data-testid="waitlist-entry">
            <p className={fr.cx('fr-mb-1v')}>
              <strong>
                {format.date(entry.date)}, {labels.slot[entry.slot]}
              </strong>{' '}
              — {entry.site.name}
              {texts.zone(entry.zone)}{' '}
              <Badge
                as="span"
                small
                severity={entry.status === 'promoted' ? 'success' : 'info'}
                noIcon
              >
                {labels.waitlistStatus[entry.status]}
              </Badge>
            </p>
            {entry.status === 'waiting' ? (
              <p className={fr.cx('fr-mb-0')}>
                {texts.position(String(entry.position ?? '—'))}{' '}
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-line"
                  disabled={leaveMutation.isPending}
                  onClick={() => leaveMutation.mutate(entry.id)}
                  title={texts.leaveTitle(format.date(entry.date), labels.slot[entry.slot])}
                >
                  {texts.leave}
                </Button>
              </p>
            ) : (
              <p className={fr.cx('fr-mb-0')}>{texts.promoted}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
