import { fr } from '@codegouvfr/react-dsfr';
import { PublicAgendaView } from '../features/public-agenda/components/public-agenda-view';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { publicAgendaMessages } from '../features/public-agenda/public-agenda.messages';

export function PublicAgendaRoute() {
  const texts = useMessages(publicAgendaMessages).routes.agenda;
  useDocumentTitle(texts.documentTitle);
  return (
    <>
      <h1>{texts.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{texts.lead}</p>
      <PublicAgendaView />
    </>
  );
}
