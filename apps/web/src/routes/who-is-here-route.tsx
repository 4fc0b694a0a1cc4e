import { fr } from '@codegouvfr/react-dsfr';
import { PresenceProfilePanel } from '../features/presence/components/presence-profile-panel';
import { WhoIsHereView } from '../features/presence/components/who-is-here-view';
import { presenceMessages } from '../features/presence/presence.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function WhoIsHereRoute() {
  const { route: messages } = useMessages(presenceMessages);
  useDocumentTitle(messages.title);
  return (
    <>
      <h1>{messages.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
      <WhoIsHereView />
      <PresenceProfilePanel />
    </>
  );
}
