import { formatFrenchDate, type GuestInvitation, type Me, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';
import {
  useApproveInvitation,
  useDeclineInvitation,
  usePendingInvitations,
} from '../hooks/use-guests';

const declineModal = createModal({ id: 'decline-invitation-modal', isOpenedByDefault: false });

const nameOf = (invitation: GuestInvitation) =>
  invitation.guest ? `${invitation.guest.givenName} ${invitation.guest.usualName}` : 'Invité·e';

/** « Invitations à valider »: the guests agents invited to the sites a host runs. */
export function PendingGuestsView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <PendingGuests sites={sites} />}</HostedSitesGate>;
}

function PendingGuests({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      <PendingList key={site.id} site={site} />
    </>
  );
}

function PendingList({ site }: { site: Site }) {
  const query = usePendingInvitations(site.id);
  const approving = useApproveInvitation(site.id);
  const declining = useDeclineInvitation(site.id);
  const [target, setTarget] = useState<GuestInvitation | null>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  function approve(invitation: GuestInvitation) {
    setNotice(null);
    approving.mutate(invitation.id, {
      onSuccess: () =>
        setNotice(
          `L’invitation de ${nameOf(invitation)} est validée : le lien de son QR code lui est envoyé par courriel, et l’agent qui invite est prévenu.`,
        ),
    });
  }

  function confirmDecline() {
    if (!target) return;
    declining.mutate(
      { invitationId: target.id, reason },
      {
        onSuccess: () => {
          declineModal.close();
          setNotice(
            `L’invitation de ${nameOf(target)} est refusée. L’agent qui invite en est prévenu par courriel, avec votre raison.`,
          );
        },
      },
    );
  }

  return (
    <section aria-labelledby="pending-guests-title">
      <h2 id="pending-guests-title" className={fr.cx('fr-h4')}>
        Invitations à valider à {site.name}
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {approving.isError && (
        <Alert
          severity="error"
          small
          description={describeError(approving.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {query.isPending && <LoadingState label="Chargement des invitations…" />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.length === 0 && (
        <EmptyState title="Aucune invitation en attente : tout est à jour." />
      )}
      {query.isSuccess && query.data.length > 0 && (
        <ul className="admz-guest-list">
          {query.data.map((invitation) => (
            <li key={invitation.id} className={fr.cx('fr-mb-3w')}>
              <p className={fr.cx('fr-mb-1v')}>
                <strong>{nameOf(invitation)}</strong>
                {invitation.guest && ` — ${invitation.guest.organisation}`}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {formatFrenchDate(invitation.date)} — invité·e par{' '}
                {invitation.invitedBy
                  ? `${invitation.invitedBy.givenName} ${invitation.invitedBy.usualName}`
                  : 'une personne qui a depuis supprimé son compte'}
              </p>
              {invitation.guest?.siret && (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>SIRET : {invitation.guest.siret}</p>
              )}
              {invitation.reason && (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} style={{ whiteSpace: 'pre-line' }}>
                  Motif : {invitation.reason}
                </p>
              )}
              <div className="admz-event-actions">
                <Button
                  size="small"
                  iconId="fr-icon-check-line"
                  onClick={() => approve(invitation)}
                  disabled={approving.isPending}
                  nativeButtonProps={{
                    'aria-label': `Valider l’invitation de ${nameOf(invitation)}`,
                  }}
                >
                  Valider
                </Button>
                <Button
                  size="small"
                  priority="secondary"
                  iconId="fr-icon-close-line"
                  onClick={() => {
                    setTarget(invitation);
                    setReason('');
                    setNotice(null);
                    declining.reset();
                    declineModal.open();
                  }}
                  nativeButtonProps={{
                    'aria-label': `Refuser l’invitation de ${nameOf(invitation)}`,
                  }}
                >
                  Refuser
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <declineModal.Component
        title={target ? `Refuser l’invitation de ${nameOf(target)} ?` : 'Refuser ?'}
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
          L’agent qui invite reçoit votre raison par courriel. La personne invitée n’est pas
          prévenue.
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
