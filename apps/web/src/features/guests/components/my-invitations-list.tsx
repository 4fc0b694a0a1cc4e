import { formatFrenchDate, guestInvitationStatusLabels, type GuestInvitation } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useCancelInvitation, useMyInvitations } from '../hooks/use-guests';

const cancelModal = createModal({ id: 'cancel-invitation-modal', isOpenedByDefault: false });

const severities = {
  pending: 'new',
  approved: 'success',
  declined: 'error',
  cancelled: 'info',
} as const;

const guestName = (invitation: GuestInvitation) =>
  invitation.guest
    ? `${invitation.guest.givenName} ${invitation.guest.usualName}`
    : 'Personne invitée (données effacées)';

/** « Mes invitations »: status of each, cancel one (confirmed first) while the guest has not come. */
export function MyInvitationsList() {
  const query = useMyInvitations();
  const cancelling = useCancelInvitation();
  const [target, setTarget] = useState<GuestInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function confirmCancel() {
    if (!target) return;
    cancelling.mutate(target.id, {
      onSuccess: () => {
        cancelModal.close();
        setNotice(`L’invitation de ${guestName(target)} est annulée.`);
      },
    });
  }

  return (
    <section aria-labelledby="my-invitations-title">
      <h2 id="my-invitations-title" className={fr.cx('fr-h4')}>
        Mes invitations
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {query.isPending && <LoadingState label="Chargement des invitations…" />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.length === 0 && (
        <EmptyState title="Vous n’avez encore invité personne." />
      )}
      {query.isSuccess && query.data.length > 0 && (
        <ul className="admz-guest-list">
          {query.data.map((invitation) => (
            <li key={invitation.id} className={fr.cx('fr-mb-2w')}>
              <p className={fr.cx('fr-mb-1v')}>
                <strong>{guestName(invitation)}</strong>
                {invitation.guest && ` — ${invitation.guest.organisation}`}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {invitation.site.name}, {formatFrenchDate(invitation.date)}
              </p>
              <Badge severity={severities[invitation.status]} small noIcon>
                {guestInvitationStatusLabels[invitation.status]}
              </Badge>
              {invitation.checkedInAt && (
                <Badge severity="success" small className={fr.cx('fr-ml-1w')}>
                  Arrivé·e
                </Badge>
              )}
              {invitation.status === 'declined' && invitation.declineReason && (
                <p className={fr.cx('fr-text--sm', 'fr-mt-1v', 'fr-mb-0')}>
                  Raison : {invitation.declineReason}
                </p>
              )}
              {(invitation.status === 'pending' || invitation.status === 'approved') &&
                !invitation.checkedInAt && (
                  <div className={fr.cx('fr-mt-1w')}>
                    <Button
                      size="small"
                      priority="secondary"
                      iconId="fr-icon-close-line"
                      onClick={() => {
                        setTarget(invitation);
                        setNotice(null);
                        cancelling.reset();
                        cancelModal.open();
                      }}
                      nativeButtonProps={{
                        'aria-label': `Annuler l’invitation de ${guestName(invitation)}`,
                      }}
                    >
                      Annuler l’invitation
                    </Button>
                  </div>
                )}
            </li>
          ))}
        </ul>
      )}
      <cancelModal.Component
        title={target ? `Annuler l’invitation de ${guestName(target)} ?` : 'Annuler ?'}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: 'Ne rien changer', priority: 'secondary' },
          {
            children: cancelling.isPending ? 'Annulation…' : 'Annuler l’invitation',
            doClosesModal: false,
            disabled: cancelling.isPending,
            onClick: confirmCancel,
          },
        ]}
      >
        <p>Le lien reçu par la personne ne fonctionnera plus, ni son QR code.</p>
        {cancelling.isError && (
          <Alert severity="error" small description={describeError(cancelling.error)} />
        )}
      </cancelModal.Component>
    </section>
  );
}
