import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { PendingEventsView } from '../features/events/components/pending-events-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function PendingEventsRoute() {
  const texts = useMessages(eventsMessages).routes.pending;
  useDocumentTitle(texts.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{texts.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{texts.lead}</p>
          <PendingEventsView me={me} />
        </>
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title={texts.hostsOnlyTitle}
          description={texts.hostsOnly}
        />
      )}
    </>
  );
}
