import { fr } from '@codegouvfr/react-dsfr';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { InviteGuestForm } from '../features/guests/components/invite-guest-form';
import { MyInvitationsList } from '../features/guests/components/my-invitations-list';
import { useSites } from '../features/sites/hooks/use-sites';
import { useDocumentTitle } from '../hooks/use-document-title';

export function InvitesRoute() {
  useDocumentTitle('Inviter une personne');
  const sites = useSites();
  return (
    <>
      <h1>Inviter une personne</h1>
      <p className={fr.cx('fr-text--lead')}>
        Invitez une personne extérieure à l’administration à travailler une journée dans un
        tiers-lieu. Elle n’a pas besoin de compte : elle reçoit par courriel un lien vers son QR
        code d’accès, une fois l’invitation validée par l’équipe du site.
      </p>
      {sites.isPending && <LoadingState label="Chargement des sites…" />}
      {sites.isError && <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />}
      {sites.isSuccess && <InviteGuestForm sites={sites.data} />}
      <div className={fr.cx('fr-mt-6w')}>
        <MyInvitationsList />
      </div>
    </>
  );
}
