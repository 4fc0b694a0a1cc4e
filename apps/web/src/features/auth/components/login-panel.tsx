import { fr } from '@codegouvfr/react-dsfr';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useMessages } from '../../../i18n/language';
import { buildLoginUrl } from '../auth.api';
import { authMessages } from '../auth.messages';
import { describeLoginError, describeLogoutError } from '../login-errors';

export function LoginPanel() {
  const messages = useMessages(authMessages);
  const { login } = messages;
  useDocumentTitle(login.pageTitle);
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const loginError = describeLoginError(messages, searchParams.get('erreur-connexion'));
  const logoutError = describeLogoutError(messages, searchParams.get('erreur-deconnexion'));
  const cleanSearch = new URLSearchParams(searchParams);
  cleanSearch.delete('erreur-connexion');
  cleanSearch.delete('erreur-deconnexion');
  const query = cleanSearch.toString();
  const returnTo = `${location.pathname}${query ? `?${query}` : ''}`;

  return (
    <div className={fr.cx('fr-grid-row', 'fr-grid-row--center')}>
      <div className={fr.cx('fr-col-12', 'fr-col-md-8', 'fr-col-lg-6')}>
        <div className={fr.cx('fr-card', 'fr-p-4w')}>
          <h1>{login.title}</h1>
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
          <p className={fr.cx('fr-text--lead')}>{login.lead}</p>
          <p>{login.audience}</p>
          <ProConnectButton url={buildLoginUrl(returnTo)} />
          <p className={fr.cx('fr-mt-3w', 'fr-mb-0')}>
            <Link to="/agenda" className={fr.cx('fr-link')}>
              {login.publicAgenda}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
