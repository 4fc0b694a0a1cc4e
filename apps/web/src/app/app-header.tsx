import { fr } from '@codegouvfr/react-dsfr';
import { Header } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { useLocation } from 'react-router';
import { canSeeHostView, logoutUrl } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { useIsDevOutboxActive } from '../features/mail/hooks/use-dev-outbox';

export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

export function AppHeader() {
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const isDevOutboxActive = useIsDevOutboxActive(Boolean(me));

  const navigation: MainNavigationProps.Item[] = me
    ? [
        {
          text: 'Réserver un poste',
          linkProps: { to: '/reserver' },
          isActive: pathname === '/' || pathname === '/reserver',
        },
        {
          text: 'Mes réservations',
          linkProps: { to: '/mes-reservations' },
          isActive: pathname === '/mes-reservations' || pathname.startsWith('/reservations/'),
        },
        {
          text: 'Mon pass',
          linkProps: { to: '/mon-pass' },
          isActive: pathname === '/mon-pass',
        },
        ...(canSeeHostView(me)
          ? [
              {
                text: 'Accueil du tiers-lieu',
                linkProps: { to: '/accueil' },
                isActive: pathname === '/accueil',
              },
              {
                text: 'Paramètres du site',
                linkProps: { to: '/parametres-du-site' },
                isActive: pathname === '/parametres-du-site',
              },
              {
                text: 'Statistiques du site',
                linkProps: { to: '/statistiques-du-site' },
                isActive: pathname === '/statistiques-du-site',
              },
              {
                text: 'Plans des zones',
                linkProps: { to: '/plans-des-zones' },
                isActive: pathname === '/plans-des-zones',
              },
              {
                text: 'Bornes d’accueil',
                linkProps: { to: '/bornes-d-accueil' },
                isActive: pathname === '/bornes-d-accueil',
              },
            ]
          : []),
        ...(me.isAdmin
          ? [
              {
                text: 'Gestionnaires',
                linkProps: { to: '/gestionnaires' },
                isActive: pathname === '/gestionnaires',
              },
            ]
          : []),
        ...(isDevOutboxActive
          ? [
              {
                text: "Boîte d'envoi (dév.)",
                linkProps: { to: '/dev/boite-mail' },
                isActive: pathname === '/dev/boite-mail',
              },
            ]
          : []),
      ]
    : [];

  return (
    <Header
      brandTop={brandTop}
      serviceTitle="AdmZ"
      serviceTagline="Réserver un poste dans les tiers-lieux de l'État"
      homeLinkProps={{ to: '/', title: 'Accueil – AdmZ' }}
      navigation={me ? navigation : undefined}
      quickAccessItems={
        me
          ? [
              <span key="person" className={fr.cx('fr-btn', 'fr-icon-account-circle-line')}>
                {me.givenName} {me.usualName}
              </span>,
              {
                iconId: 'fr-icon-user-setting-line',
                text: 'Mes données',
                linkProps: { to: '/mes-donnees' },
              },
              // A form post, not a link: logging out changes state, and a link elsewhere must not.
              <form key="logout" method="post" action={logoutUrl} className="app-header__logout">
                <button
                  type="submit"
                  className={fr.cx('fr-btn', 'fr-icon-logout-box-r-line', 'fr-btn--icon-left')}
                >
                  Se déconnecter
                </button>
              </form>,
            ]
          : []
      }
    />
  );
}
