import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { appMessages } from '../app/app.messages';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function NotFoundRoute() {
  const { notFound } = useMessages(appMessages);
  useDocumentTitle(notFound.title);
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>{notFound.title}</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>{notFound.code}</p>
        <p className={fr.cx('fr-text--lead')}>{notFound.lead}</p>
        <p>{notFound.hint}</p>
        <Button linkProps={{ to: '/' }}>{notFound.home}</Button>
      </div>
    </div>
  );
}
