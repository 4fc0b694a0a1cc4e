import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useDocumentTitle } from '../hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page introuvable');
  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-10', 'fr-col-lg-8')}>
        <h1>Page introuvable</h1>
        <p className={fr.cx('fr-text--sm', 'fr-mb-3w')}>Erreur 404</p>
        <p className={fr.cx('fr-text--lead')}>
          La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.
        </p>
        <p>
          Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page
          n'est peut-être plus disponible.
        </p>
        <Button linkProps={{ to: '/' }}>Page d'accueil</Button>
      </div>
    </div>
  );
}
