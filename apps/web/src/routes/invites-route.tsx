import { fr } from '@codegouvfr/react-dsfr';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { InviteGuestForm } from '../features/guests/components/invite-guest-form';
import { MyInvitationsList } from '../features/guests/components/my-invitations-list';
import { useSites } from '../features/sites/hooks/use-sites';
import { guestsMessages } from '../features/guests/guests.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function InvitesRoute() {
  const { invitesRoute: messages } = useMessages(guestsMessages);
  useDocumentTitle(messages.title);
  const sites = useSites();
  return (
    <>
      <h1>{messages.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
      {sites.isPending && <LoadingState label={messages.loadingSites} />}
      {sites.isError && <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />}
      {sites.isSuccess && <InviteGuestForm sites={sites.data} />}
      <div className={fr.cx('fr-mt-6w')}>
        <MyInvitationsList />
      </div>
    </>
  );
}
