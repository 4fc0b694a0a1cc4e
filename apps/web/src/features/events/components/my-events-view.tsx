import { visioLinkLeadMinutes, type MyEventRegistration } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
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
  const { myEvents } = useMessages(eventsMessages);
  return (
    <section aria-labelledby="my-registrations-title">
      <h2 id="my-registrations-title" className={fr.cx('fr-h4')}>
        {myEvents.registrationsTitle}
      </h2>
      {registrationsQuery.isPending && <LoadingState label={myEvents.loadingRegistrations} />}
      {registrationsQuery.isError && (
        <ErrorState
          error={registrationsQuery.error}
          onRetry={() => void registrationsQuery.refetch()}
        />
      )}
      {registrationsQuery.isSuccess && registrationsQuery.data.length === 0 && (
        <EmptyState
          title={myEvents.noRegistrations}
          action={
            <Link to="/evenements" className={fr.cx('fr-link')}>
              {myEvents.seeAgenda}
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
  const { myEvents, common } = useMessages(eventsMessages);
  const labels = useEventLabels();
  if (registration.status === 'waiting') {
    return (
      <p className={fr.cx('fr-mb-0')}>
        <Badge as="span" small noIcon severity="warning" className={fr.cx('fr-mr-1w')}>
          {myEvents.waitingList}
        </Badge>
        {registration.waitingPosition === 1
          ? myEvents.nextInLine
          : myEvents.waitingPosition(registration.waitingPosition)}
      </p>
    );
  }
  return (
    <>
      <p className={fr.cx('fr-mb-1v')}>
        <Badge as="span" small noIcon severity="success" className={fr.cx('fr-mr-1w')}>
          {myEvents.registered}
        </Badge>
        {labels.registrationMode[registration.mode]}
      </p>
      {registration.visioUrl && (
        <p className={fr.cx('fr-mb-0', 'fr-text--sm')}>
          <a href={registration.visioUrl} target="_blank" rel="noopener noreferrer">
            {myEvents.joinVisio}
            <span className={fr.cx('fr-sr-only')}>{` (${common.newWindow})`}</span>
          </a>{' '}
          {myEvents.visioByMail(visioLinkLeadMinutes)}
        </p>
      )}
    </>
  );
}

function MyProposals() {
  const proposalsQuery = useMyProposals();
  const { myEvents, common } = useMessages(eventsMessages);
  return (
    <section aria-labelledby="my-proposals-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="my-proposals-title" className={fr.cx('fr-h4')}>
        {myEvents.proposalsTitle}
      </h2>
      {proposalsQuery.isPending && <LoadingState label={myEvents.loadingProposals} />}
      {proposalsQuery.isError && (
        <ErrorState error={proposalsQuery.error} onRetry={() => void proposalsQuery.refetch()} />
      )}
      {proposalsQuery.isSuccess && proposalsQuery.data.length === 0 && (
        <EmptyState
          title={myEvents.noProposals}
          action={
            <Link to="/evenements/proposer" className={fr.cx('fr-link')}>
              {common.proposeEvent}
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
