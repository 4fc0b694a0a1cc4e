import type { Event, Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useIsModalOpen } from '@codegouvfr/react-dsfr/Modal/useIsModalOpen';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { useAffectedBookingsConfirmation } from '../../site-settings/hooks/use-affected-bookings-confirmation';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { useApproveEvent, useDeclineEvent, usePendingEvents } from '../hooks/use-events';
import { AffectedBookingsList } from './affected-bookings-list';
import { describeEventTime, EventSummary } from './event-summary';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';
import { describeEventSpace } from '../event-space';

const approveModal = createModal({ id: 'approve-event-modal', isOpenedByDefault: false });
const declineModal = createModal({ id: 'decline-event-modal', isOpenedByDefault: false });

/** « Événements à valider »: the proposals of the sites a host runs, approved or declined here. */
export function PendingEventsView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <PendingEvents sites={sites} />}</HostedSitesGate>;
}

function PendingEvents({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      <p>
        <Link
          to={`/evenements/proposer?site=${site.id}`}
          className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-add-line', 'fr-btn--icon-left')}
        >
          Créer un événement
        </Link>
      </p>
      <PendingList key={site.id} site={site} />
    </>
  );
}

function PendingList({ site }: { site: Site }) {
  const pendingQuery = usePendingEvents(site.id);
  const approval = useApproveEvent(site.id);
  const confirmation = useAffectedBookingsConfirmation(approval);
  const declining = useDeclineEvent(site.id);
  const [target, setTarget] = useState<Event | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { pending } = confirmation;

  useEffect(() => {
    if (pending) approveModal.open();
  }, [pending]);
  useIsModalOpen(approveModal, {
    onConceal: () => {
      if (!approval.isPending) confirmation.cancel();
    },
  });

  function approve(event: Event) {
    setTarget(event);
    setNotice(null);
    confirmation.send({ eventId: event.id, confirm: false }, () =>
      setNotice(
        `« ${event.title} » est validé et publié à l’agenda. Aucune réservation n’était concernée.`,
      ),
    );
  }

  function confirmApproval() {
    if (!pending || !target) return;
    const count = pending.affected.length;
    confirmation.confirm({ ...pending.variables, confirm: true }, () => {
      approveModal.close();
      setNotice(
        `« ${target.title} » est validé et publié à l’agenda. ${count} réservation${count > 1 ? 's' : ''} de poste annulée${count > 1 ? 's' : ''}, les personnes concernées sont prévenues par courriel.`,
      );
    });
  }

  function openDecline(event: Event) {
    setTarget(event);
    setReason('');
    setNotice(null);
    declining.reset();
    declineModal.open();
  }

  function confirmDecline() {
    if (!target) return;
    declining.mutate(
      { eventId: target.id, reason },
      {
        onSuccess: () => {
          declineModal.close();
          setNotice(
            `« ${target.title} » est refusé. La personne qui l’a proposé en est prévenue par courriel, avec votre raison.`,
          );
        },
      },
    );
  }

  return (
    <section aria-labelledby="pending-title">
      <h2 id="pending-title" className={fr.cx('fr-h4')}>
        Propositions à valider à {site.name}
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {pendingQuery.isPending && <LoadingState label="Chargement des propositions…" />}
      {pendingQuery.isError && (
        <ErrorState error={pendingQuery.error} onRetry={() => void pendingQuery.refetch()} />
      )}
      {pendingQuery.isSuccess && pendingQuery.data.length === 0 && (
        <EmptyState title="Aucune proposition en attente : tout est à jour." />
      )}
      {pendingQuery.isSuccess && pendingQuery.data.length > 0 && (
        <ul className="admz-event-list">
          {pendingQuery.data.map((event) => (
            <EventSummary key={event.id} event={event}>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
                Proposé par{' '}
                {event.proposedBy
                  ? `${event.proposedBy.givenName} ${event.proposedBy.usualName}`
                  : 'une personne qui a depuis supprimé son compte'}{' '}
                — {event.capacity} place{event.capacity > 1 ? 's' : ''}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} style={{ whiteSpace: 'pre-line' }}>
                {event.description}
              </p>
              <div className="admz-event-actions">
                <Button
                  size="small"
                  iconId="fr-icon-check-line"
                  onClick={() => approve(event)}
                  disabled={approval.isPending}
                  nativeButtonProps={{ 'aria-label': `Valider « ${event.title} »` }}
                >
                  Valider
                </Button>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-close-line"
                  onClick={() => openDecline(event)}
                  nativeButtonProps={{ 'aria-label': `Refuser « ${event.title} »` }}
                >
                  Refuser
                </Button>
              </div>
            </EventSummary>
          ))}
        </ul>
      )}
      <approveModal.Component
        title={target ? `Valider « ${target.title} » ?` : 'Valider ?'}
        iconId="fr-icon-warning-line"
        size="large"
        buttons={[
          { children: 'Ne rien changer', priority: 'secondary' },
          {
            children: confirmation.isConfirming
              ? 'Validation en cours…'
              : 'Valider, annuler ces réservations et prévenir',
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: confirmation.isConfirming || !pending,
            onClick: confirmApproval,
          },
        ]}
      >
        {target && (
          <p>
            {describeEventTime(target)}, {describeEventSpace(target.space)}.
          </p>
        )}
        {pending && <AffectedBookingsList bookings={pending.affected} />}
      </approveModal.Component>
      <declineModal.Component
        title={target ? `Refuser « ${target.title} » ?` : 'Refuser ?'}
        iconId="fr-icon-close-circle-line"
        buttons={[
          { children: 'Ne rien changer', priority: 'secondary' },
          {
            children: declining.isPending ? 'Envoi…' : 'Refuser et prévenir par courriel',
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: declining.isPending || reason.trim().length < 3,
            onClick: confirmDecline,
          },
        ]}
      >
        <p>
          La personne qui l’a proposé reçoit votre raison par courriel. La proposition ne pourra
          plus être validée ensuite.
        </p>
        <Input
          label="Raison du refus"
          textArea
          nativeTextAreaProps={{
            value: reason,
            onChange: (event) => setReason(event.target.value),
            rows: 3,
            maxLength: 1000,
          }}
        />
        {declining.isError && (
          <Alert severity="error" small description={describeError(declining.error)} />
        )}
      </declineModal.Component>
    </section>
  );
}
