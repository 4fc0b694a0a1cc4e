import { useSearchParams } from 'react-router';
import { EmbeddedAgenda } from '../features/public-agenda/components/embedded-agenda';
import { useDocumentTitle } from '../hooks/use-document-title';

/** Framed by other sites: no header, no footer, only the next events. */
export function PublicAgendaEmbedRoute() {
  useDocumentTitle('Prochains événements');
  const [searchParams] = useSearchParams();
  return <EmbeddedAgenda siteId={searchParams.get('site')} />;
}
