import { useParams } from 'react-router';
import { GuestInvitationPage } from '../features/guests/components/guest-invitation-page';
import { useDocumentTitle } from '../hooks/use-document-title';

export function GuestInvitationRoute() {
  useDocumentTitle('Votre invitation');
  const { secret = '' } = useParams();
  return <GuestInvitationPage secret={secret} />;
}
