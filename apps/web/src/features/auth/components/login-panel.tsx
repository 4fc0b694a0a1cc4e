import { fr } from '@codegouvfr/react-dsfr';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { buildLoginUrl } from '../auth.api';
import { describeLoginError, describeLogoutError } from '../login-errors';

export function LoginPanel() {
  useDocumentTitle('Connexion');
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const loginError = describeLoginError(searchParams.get('erreur-connexion'));
  const logoutError = describeLogoutError(searchParams.get('erreur-deconnexion'));
  const cleanSearch = new URLSearchParams(searchParams);
  cleanSearch.delete('erreur-connexion');
  cleanSearch.delete('erreur-deconnexion');
  const query = cleanSearch.toString();
  const returnTo = `${location.pathname}${query ? `?${query}` : ''}`;

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
        <div className={fr.cx('fr-card', 'fr-p-4w')}>
          <h1>Connexion à AdmZ</h1>
          {loginError && (
            <Alert severity="error" small description={loginError} className={fr.cx('fr-mb-3w')} />
          )}
          {logoutError && (
            <Alert
              severity="warning"
              small
              description={logoutError}
              className={fr.cx('fr-mb-3w')}
            />
          )}
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
          <p className={fr.cx('fr-mt-3w', 'fr-mb-0')}>
            <Link to="/agenda" className={fr.cx('fr-link')}>
              Voir l’agenda public des événements, sans se connecter
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
