import { useParams } from 'react-router';
import { GuestInvitationPage } from '../features/guests/components/guest-invitation-page';
import { guestsMessages } from '../features/guests/guests.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function GuestInvitationRoute() {
  useDocumentTitle(useMessages(guestsMessages).guestRoute.title);
  const { secret = '' } = useParams();
  return <GuestInvitationPage secret={secret} />;
}
