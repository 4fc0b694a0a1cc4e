import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { canSeeHostView } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { TodayBoardView } from '../features/today-board/components/today-board-view';
import { todayBoardMessages } from '../features/today-board/today-board.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function TodayBoardRoute() {
  const messages = useMessages(todayBoardMessages);
  useDocumentTitle(messages.route.title);
  const { data: me } = useMe();
  return (
    <>
      <h1>{messages.route.title}</h1>
      {me && canSeeHostView(me) ? (
        <>
          <p className={fr.cx('fr-text--lead')}>{messages.route.lead}</p>
          <TodayBoardView me={me} />
        </>
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
