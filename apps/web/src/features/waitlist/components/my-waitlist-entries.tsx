import {
  formatFrenchDate,
  slotLabels,
  waitlistStatusLabels,
  type WaitlistEntry,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeError } from '../../../components/error-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLeaveWaitlist } from '../hooks/use-leave-waitlist';
import { useMyWaitlistEntries } from '../hooks/use-my-waitlist-entries';

const isUpcoming = (entry: WaitlistEntry) => new Date(entry.startsAt).getTime() > Date.now();

/** « Mes réservations » → my waitlist entries still to come, with « Quitter la liste ». */
export function MyWaitlistEntries() {
  const entriesQuery = useMyWaitlistEntries();
  const leaveMutation = useLeaveWaitlist();

  if (entriesQuery.isPending) return <LoadingState label="Chargement de vos listes d'attente…" />;
  if (entriesQuery.isError) {
    return <ErrorState error={entriesQuery.error} onRetry={() => void entriesQuery.refetch()} />;
  }
  const entries = entriesQuery.data.filter(
    (entry) => isUpcoming(entry) && (entry.status === 'waiting' || entry.status === 'promoted'),
  );
  if (entries.length === 0) return null;

  return (
    <section aria-labelledby="waitlist-entries-title" className={fr.cx('fr-mb-6w')}>
      <h2 id="waitlist-entries-title">Listes d’attente</h2>
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
                {formatFrenchDate(entry.date)}, {slotLabels[entry.slot]}
              </strong>{' '}
              — {entry.site.name}
              {entry.zone ? `, zone ${entry.zone}` : ', toutes zones'}{' '}
              <Badge small severity={entry.status === 'promoted' ? 'success' : 'info'} noIcon>
                {waitlistStatusLabels[entry.status]}
              </Badge>
            </p>
            {entry.status === 'waiting' ? (
              <p className={fr.cx('fr-mb-0')}>
                Position {entry.position ?? '—'} dans la file.{' '}
                <Button
                  size="small"
                  priority="tertiary"
                  iconId="fr-icon-close-line"
                  disabled={leaveMutation.isPending}
                  onClick={() => leaveMutation.mutate(entry.id)}
                  title={`Quitter la liste d'attente du ${formatFrenchDate(entry.date)}, ${slotLabels[entry.slot]}`}
                >
                  Quitter la liste
                </Button>
              </p>
            ) : (
              <p className={fr.cx('fr-mb-0')}>
                Un poste s’est libéré : il vous a été attribué (voir « À venir »).
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
