import { fr } from '@codegouvfr/react-dsfr';
import { OpenStatisticsView } from '../features/analytics/components/open-statistics-view';
import { analyticsMessages } from '../features/analytics/analytics.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function OpenStatisticsRoute() {
  const messages = useMessages(analyticsMessages).openRoute;
  useDocumentTitle(messages.title);
  return (
    <>
      <h1>{messages.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{messages.lead}</p>
      <p>{messages.method}</p>
      <OpenStatisticsView />
    </>
  );
}
