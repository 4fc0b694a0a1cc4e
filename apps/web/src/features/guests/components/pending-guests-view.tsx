import type { GuestInvitation, Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';
import {
  useApproveInvitation,
  useDeclineInvitation,
  usePendingInvitations,
} from '../hooks/use-guests';
import { guestsMessages } from '../guests.messages';

const declineModal = createModal({ id: 'decline-invitation-modal', isOpenedByDefault: false });

const guestName = (invitation: GuestInvitation, unnamed: string) =>
  invitation.guest ? `${invitation.guest.givenName} ${invitation.guest.usualName}` : unnamed;

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
  const { pending: messages } = useMessages(guestsMessages);
  const format = useFormat();
  const nameOf = (invitation: GuestInvitation) => guestName(invitation, messages.unnamedGuest);

  function approve(invitation: GuestInvitation) {
    setNotice(null);
    approving.mutate(invitation.id, {
      onSuccess: () => setNotice(messages.approved(nameOf(invitation))),
    });
  }

  function confirmDecline() {
    if (!target) return;
    declining.mutate(
      { invitationId: target.id, reason },
      {
        onSuccess: () => {
          declineModal.close();
          setNotice(messages.declined(nameOf(target)));
        },
      },
    );
  }

  return (
    <section aria-labelledby="pending-guests-title">
      <h2 id="pending-guests-title" className={fr.cx('fr-h4')}>
        {messages.title(site.name)}
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
      {query.isPending && <LoadingState label={messages.loading} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.length === 0 && <EmptyState title={messages.empty} />}
      {query.isSuccess && query.data.length > 0 && (
        <ul className="admz-guest-list">
          {query.data.map((invitation) => (
            <li key={invitation.id} className={fr.cx('fr-mb-3w')}>
              <p className={fr.cx('fr-mb-1v')}>
                <strong>{nameOf(invitation)}</strong>
                {invitation.guest && ` — ${invitation.guest.organisation}`}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {messages.invitedBy(
                  format.date(invitation.date),
                  invitation.invitedBy
                    ? `${invitation.invitedBy.givenName} ${invitation.invitedBy.usualName}`
                    : messages.deletedInviter,
                )}
              </p>
              {invitation.guest?.siret && (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                  {messages.siret(invitation.guest.siret)}
                </p>
              )}
              {invitation.reason && (
                <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} style={{ whiteSpace: 'pre-line' }}>
                  {messages.reason(invitation.reason)}
                </p>
              )}
              <div className="admz-event-actions">
                <Button
                  size="small"
                  iconId="fr-icon-check-line"
                  onClick={() => approve(invitation)}
                  disabled={approving.isPending}
                  nativeButtonProps={{
                    'aria-label': messages.approveLabel(nameOf(invitation)),
                  }}
                >
                  {messages.approve}
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
                    'aria-label': messages.declineLabel(nameOf(invitation)),
                  }}
                >
                  {messages.decline}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <declineModal.Component
        title={target ? messages.confirmTitle(nameOf(target)) : messages.confirmTitleWithoutName}
        iconId="fr-icon-close-circle-line"
        buttons={[
          { children: messages.keep, priority: 'secondary' },
          {
            children: declining.isPending ? messages.sending : messages.confirmDecline,
            iconId: 'fr-icon-mail-line',
            doClosesModal: false,
            disabled: declining.isPending || reason.trim().length < 3,
            onClick: confirmDecline,
          },
        ]}
      >
        <p>{messages.confirmExplanation}</p>
        <Input
          label={messages.declineReason}
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
