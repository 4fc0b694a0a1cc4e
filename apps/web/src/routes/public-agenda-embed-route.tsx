import { useSearchParams } from 'react-router';
import { EmbeddedAgenda } from '../features/public-agenda/components/embedded-agenda';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { publicAgendaMessages } from '../features/public-agenda/public-agenda.messages';

/** Framed by other sites: no header, no footer, only the next events. */
export function PublicAgendaEmbedRoute() {
  useDocumentTitle(useMessages(publicAgendaMessages).routes.embed.documentTitle);
  const [searchParams] = useSearchParams();
  return <EmbeddedAgenda siteId={searchParams.get('site')} />;
}
