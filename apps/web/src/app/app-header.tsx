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

/** A page of the header: its address, and other addresses under it that keep it highlighted. */
type NavLink = { text: string; to: string; isAlsoAt?: (pathname: string) => boolean };

const archivesPath = '/evenements/archives';
const proposePath = '/evenements/proposer';

/** What an agent books: a desk for themselves, a room for a group. */
const bookLinks: NavLink[] = [
  { text: 'Réserver un poste', to: '/reserver', isAlsoAt: (pathname) => pathname === '/' },
  { text: 'Réserver une salle', to: '/salles' },
];

const agentLinks: NavLink[] = [
  {
    text: 'Mes réservations',
    to: '/mes-reservations',
    isAlsoAt: (pathname) => pathname.startsWith('/reservations/'),
  },
  { text: 'Mon pass', to: '/mon-pass' },
];

/** Meeting people: the colleagues here today, and partners from outside invited for a day. */
const meetLinks: NavLink[] = [
  { text: 'Qui est là ?', to: '/qui-est-la' },
  { text: 'Inviter une personne', to: '/invites' },
];

/** Community life, in one menu: the agendas, the person's own events, the archive. */
const eventLinks: NavLink[] = [
  {
    text: 'Agenda des événements',
    to: '/evenements',
    isAlsoAt: (pathname) =>
      pathname.startsWith('/evenements/') && pathname !== archivesPath && pathname !== proposePath,
  },
  { text: 'Mes événements', to: '/mes-evenements' },
  { text: 'Proposer un événement', to: proposePath },
  { text: 'Archives des événements', to: archivesPath },
];

/** The pages of the people who run a site (its hosts, and admins), in one menu. */
const hostLinks: NavLink[] = [
  {
    text: 'Tableau du jour',
    to: '/tableau-du-jour',
    isAlsoAt: (pathname) => pathname === '/evacuation',
  },
  { text: 'Postes et zones', to: '/postes-et-zones' },
  { text: 'Événements à valider', to: '/evenements-a-valider' },
  { text: 'Invitations à valider', to: '/invitations-a-valider' },
  { text: 'Paramètres du site', to: '/parametres-du-site' },
  { text: 'Statistiques du site', to: '/statistiques-du-site' },
  { text: 'Plans des zones', to: '/plans-des-zones' },
  { text: 'Bornes d’accueil', to: '/bornes-d-accueil' },
];

/** The pages of AdmZ's admins, who run the whole network. */
const adminLinks: NavLink[] = [
  { text: 'Sites', to: '/sites-du-reseau' },
  { text: 'Gestionnaires', to: '/gestionnaires' },
  { text: 'Journal des actions', to: '/journal-des-actions' },
];

const devOutboxLink: NavLink = { text: "Boîte d'envoi (dév.)", to: '/dev/boite-mail' };

export function AppHeader() {
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const isDevOutboxActive = useIsDevOutboxActive(Boolean(me));

  const isAt = (link: NavLink) => pathname === link.to || (link.isAlsoAt?.(pathname) ?? false);
  const toItem = (link: NavLink): MainNavigationProps.Item.Link => ({
    text: link.text,
    linkProps: { to: link.to },
    isActive: isAt(link),
  });
  const toMenu = (text: string, links: NavLink[]): MainNavigationProps.Item.Menu => ({
    text,
    isActive: links.some(isAt),
    menuLinks: links.map(toItem),
  });

  const navigation: MainNavigationProps.Item[] = me
    ? [
        toMenu('Réserver', bookLinks),
        ...agentLinks.map(toItem),
        toMenu('Se rencontrer', meetLinks),
        toMenu('Événements', eventLinks),
        ...(canSeeHostView(me) ? [toMenu('Gérer un tiers-lieu', hostLinks)] : []),
        ...(me.isAdmin ? [toMenu('Réseau AdmZ', adminLinks)] : []),
        ...(isDevOutboxActive ? [toItem(devOutboxLink)] : []),
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
