import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { EvacuationView } from '../features/today-board/components/evacuation-view';
import { todayBoardMessages } from '../features/today-board/today-board.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function EvacuationRoute() {
  const messages = useMessages(todayBoardMessages);
  useDocumentTitle(messages.evacuation.title);
  const { data: me } = useMe();
  return (
    <>
      <h1 className="admz-evacuation__title">{messages.evacuation.title}</h1>
      {me && canSeeHostView(me) ? (
        <EvacuationView me={me} />
      ) : (
        <Alert
          as="h2"
          severity="warning"
          title={messages.hostsOnly.title}
          description={messages.hostsOnly.description}
        />
      )}
    </>
  );
}
