import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { appMessages } from './app.messages';

/**
 * Last resort when a page crashes or its code cannot load (route-error-boundary.tsx): say so
 * plainly and offer a way out; reloading fetches the current version's files.
 */
export function RouteErrorPage() {
  const { errorPage } = useMessages(appMessages);
  useDocumentTitle(errorPage.title);
  return (
    <main id="contenu" className={fr.cx('fr-container', 'fr-py-8w')}>
      <h1>{errorPage.title}</h1>
      <p className={fr.cx('fr-text--lead')}>{errorPage.lead}</p>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button onClick={() => window.location.reload()}>{errorPage.reload}</Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ to: '/', reloadDocument: true }}>
            {errorPage.home}
          </Button>
        </li>
      </ul>
    </main>
  );
}
