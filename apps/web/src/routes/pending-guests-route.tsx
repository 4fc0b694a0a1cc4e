import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { PendingGuestsView } from '../features/guests/components/pending-guests-view';
import { guestsMessages } from '../features/guests/guests.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function PendingGuestsRoute() {
  const { pendingRoute: messages } = useMessages(guestsMessages);
  useDocumentTitle(messages.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{messages.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
          <PendingGuestsView me={me} />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title={messages.hostsOnlyTitle}
          description={messages.hostsOnly}
        />
      )}
    </>
  );
}
