import {
  registrationModeLabels,
  visioLinkLeadMinutes,
  type MyEventRegistration,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMyProposals, useMyRegistrations } from '../hooks/use-events';
import { EventSummary } from './event-summary';

/** « Mes événements »: what the agent registered to or waits for, then what they proposed. */
export function MyEventsView() {
  return (
    <>
      <MyRegistrations />
      <MyProposals />
    </>
  );
}

function MyRegistrations() {
  const registrationsQuery = useMyRegistrations();
  return (
    <section aria-labelledby="my-registrations-title">
      <h2 id="my-registrations-title" className={fr.cx('fr-h4')}>
        Mes inscriptions
      </h2>
      {registrationsQuery.isPending && <LoadingState label="Chargement de vos inscriptions…" />}
      {registrationsQuery.isError && (
        <ErrorState
          error={registrationsQuery.error}
          onRetry={() => void registrationsQuery.refetch()}
        />
      )}
      {registrationsQuery.isSuccess && registrationsQuery.data.length === 0 && (
        <EmptyState
          title="Vous n’êtes inscrit à aucun événement à venir."
          action={
            <Link to="/evenements" className={fr.cx('fr-link')}>
              Voir l’agenda des événements
            </Link>
          }
        />
      )}
      {registrationsQuery.isSuccess && registrationsQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {registrationsQuery.data.map((item) => (
            <EventSummary key={item.event.id} event={item.event} showSite>
              <RegistrationLine registration={item.registration} />
            </EventSummary>
          ))}
        </ul>
      )}
    </section>
  );
}

function RegistrationLine({ registration }: { registration: MyEventRegistration['registration'] }) {
  if (registration.status === 'waiting') {
    return (
      <p className={fr.cx('fr-mb-0')}>
        <Badge small noIcon severity="warning" className={fr.cx('fr-mr-1w')}>
          Liste d’attente
        </Badge>
        {registration.waitingPosition === 1
          ? 'Vous êtes le prochain sur la liste : une place libérée vous revient, par courriel.'
          : `Vous êtes ${registration.waitingPosition ?? '?'}e sur la liste d’attente.`}
      </p>
    );
  }
  return (
    <>
      <p className={fr.cx('fr-mb-1v')}>
        <Badge small noIcon severity="success" className={fr.cx('fr-mr-1w')}>
          Inscrit
        </Badge>
        {registrationModeLabels[registration.mode]}
      </p>
      {registration.visioUrl && (
        <p className={fr.cx('fr-mb-0', 'fr-text--sm')}>
          <a href={registration.visioUrl} target="_blank" rel="noopener noreferrer">
            Rejoindre la visio
            <span className={fr.cx('fr-sr-only')}> (nouvelle fenêtre)</span>
          </a>{' '}
          — le lien vous est aussi envoyé par courriel {visioLinkLeadMinutes} minutes avant le
          début.
        </p>
      )}
    </>
  );
}

function MyProposals() {
  const proposalsQuery = useMyProposals();
  return (
    <section aria-labelledby="my-proposals-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="my-proposals-title" className={fr.cx('fr-h4')}>
        Mes propositions
      </h2>
      {proposalsQuery.isPending && <LoadingState label="Chargement de vos propositions…" />}
      {proposalsQuery.isError && (
        <ErrorState error={proposalsQuery.error} onRetry={() => void proposalsQuery.refetch()} />
      )}
      {proposalsQuery.isSuccess && proposalsQuery.data.length === 0 && (
        <EmptyState
          title="Vous n’avez proposé aucun événement à venir."
          action={
            <Link to="/evenements/proposer" className={fr.cx('fr-link')}>
              Proposer un événement
            </Link>
          }
        />
      )}
      {proposalsQuery.isSuccess && proposalsQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {proposalsQuery.data.map((event) => (
            <EventSummary key={event.id} event={event} showSite showStatus />
          ))}
        </ul>
      )}
    </section>
  );
}
