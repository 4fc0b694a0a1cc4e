import type { GuestInvitation } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError, ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { guestsMessages } from '../guests.messages';
import { useCancelInvitation, useMyInvitations } from '../hooks/use-guests';

const cancelModal = createModal({ id: 'cancel-invitation-modal', isOpenedByDefault: false });

const severities = {
  pending: 'new',
  approved: 'success',
  declined: 'error',
  cancelled: 'info',
} as const;

const guestName = (invitation: GuestInvitation, erased: string) =>
  invitation.guest ? `${invitation.guest.givenName} ${invitation.guest.usualName}` : erased;

/** « Mes invitations »: status of each, cancel one (confirmed first) while the guest has not come. */
export function MyInvitationsList() {
  const query = useMyInvitations();
  const cancelling = useCancelInvitation();
  const [target, setTarget] = useState<GuestInvitation | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { myInvitations: messages } = useMessages(guestsMessages);
  const labels = useEventLabels();
  const format = useFormat();
  const nameOf = (invitation: GuestInvitation) => guestName(invitation, messages.erasedGuest);

  function confirmCancel() {
    if (!target) return;
    cancelling.mutate(target.id, {
      onSuccess: () => {
        cancelModal.close();
        setNotice(messages.cancelled(nameOf(target)));
      },
    });
  }

  return (
    <section aria-labelledby="my-invitations-title">
      <h2 id="my-invitations-title" className={fr.cx('fr-h4')}>
        {messages.title}
      </h2>
      {notice && (
        <Alert severity="success" small description={notice} className={fr.cx('fr-mb-2w')} />
      )}
      {query.isPending && <LoadingState label={messages.loading} />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.length === 0 && <EmptyState title={messages.empty} />}
      {query.isSuccess && query.data.length > 0 && (
        <ul className="admz-guest-list">
          {query.data.map((invitation) => (
            <li key={invitation.id} className={fr.cx('fr-mb-2w')}>
              <p className={fr.cx('fr-mb-1v')}>
                <strong>{nameOf(invitation)}</strong>
                {invitation.guest && ` — ${invitation.guest.organisation}`}
              </p>
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {invitation.site.name}, {format.date(invitation.date)}
              </p>
              <Badge severity={severities[invitation.status]} small noIcon>
                {labels.guestInvitationStatus[invitation.status]}
              </Badge>
              {invitation.checkedInAt && (
                <Badge severity="success" small className={fr.cx('fr-ml-1w')}>
                  {messages.checkedIn}
                </Badge>
              )}
              {invitation.status === 'declined' && invitation.declineReason && (
                <p className={fr.cx('fr-text--sm', 'fr-mt-1v', 'fr-mb-0')}>
                  {messages.declineReason(invitation.declineReason)}
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
                        'aria-label': messages.cancelLabel(nameOf(invitation)),
                      }}
                    >
                      {messages.cancel}
                    </Button>
                  </div>
                )}
            </li>
          ))}
        </ul>
      )}
      <cancelModal.Component
        title={target ? messages.confirmTitle(nameOf(target)) : messages.confirmTitleWithoutName}
        iconId="fr-icon-warning-line"
        buttons={[
          { children: messages.keep, priority: 'secondary' },
          {
            children: cancelling.isPending ? messages.cancelling : messages.cancel,
            doClosesModal: false,
            disabled: cancelling.isPending,
            onClick: confirmCancel,
          },
        ]}
      >
        <p>{messages.confirmExplanation}</p>
        {cancelling.isError && (
          <Alert severity="error" small description={describeError(cancelling.error)} />
        )}
      </cancelModal.Component>
    </section>
  );
}
