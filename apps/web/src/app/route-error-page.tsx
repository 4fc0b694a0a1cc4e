import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRouteError } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';

/** Last resort when a page crashes: say so plainly and offer a way out. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Erreur inattendue');
  console.error(error);
  return (
    <main id="contenu" className={fr.cx('fr-container', 'fr-py-8w')}>
      <h1>Erreur inattendue</h1>
      <p className={fr.cx('fr-text--lead')}>
        Désolé, cette page a rencontré un problème. Rechargez-la ou revenez à l'accueil.
      </p>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md')}>
        <li>
          <Button onClick={() => window.location.reload()}>Recharger la page</Button>
        </li>
        <li>
          <Button priority="secondary" linkProps={{ to: '/', reloadDocument: true }}>
            Retour à l'accueil
          </Button>
        </li>
      </ul>
    </main>
  );
}
