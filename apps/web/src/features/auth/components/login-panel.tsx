import { fr } from '@codegouvfr/react-dsfr';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useLocation } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { buildLoginUrl } from '../auth.api';

export function LoginPanel() {
  useDocumentTitle('Connexion');
  const location = useLocation();
  const returnTo = `${location.pathname}${location.search}`;

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
        <div className={fr.cx('fr-card', 'fr-p-4w')}>
          <h1>Connexion à AdmZ</h1>
          <p className={fr.cx('fr-text--lead')}>
            Réservez un poste dans les tiers-lieux de l'État, retrouvez vos réservations et votre QR
            code d'accès.
          </p>
          <p>
            AdmZ est ouvert aux agents publics de toutes les administrations : ministères, services
            déconcentrés, opérateurs et collectivités. Connectez-vous avec votre compte
            professionnel.
          </p>
          <ProConnectButton url={buildLoginUrl(returnTo)} />
        </div>
      </div>
    </div>
  );
}
