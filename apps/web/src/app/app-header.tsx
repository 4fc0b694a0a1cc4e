import { fr } from '@codegouvfr/react-dsfr';
import { Header } from '@codegouvfr/react-dsfr/Header';
import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { useLocation } from 'react-router';
import { canSeeHostView, logoutUrl } from '../features/auth/auth.api';
import { useMe } from '../features/auth/hooks/use-me';
import { useIsDevOutboxActive } from '../features/mail/hooks/use-dev-outbox';
import { LanguageSelect } from '@codegouvfr/react-dsfr/LanguageSelect';
import { languageNames, languages, setLanguage, useLanguage, useMessages } from '../i18n/language';
import { appMessages } from './app.messages';

/** The Republic's block: the State's mark, in French in every language. */
export const brandTop = (
  <>
    République
    <br />
    Française
  </>
);

/** A page of the header: its address, and other addresses under it that keep it highlighted. */
type LinkName = keyof (typeof appMessages)['fr']['links'];
type NavLink = { text: LinkName; to: string; isAlsoAt?: (pathname: string) => boolean };

const archivesPath = '/evenements/archives';
const proposePath = '/evenements/proposer';

/** What an agent books: a desk for themselves, a room for a group. */
const bookLinks: NavLink[] = [
  { text: 'bookDesk', to: '/reserver', isAlsoAt: (pathname) => pathname === '/' },
  { text: 'bookRoom', to: '/salles' },
];

const agentLinks: NavLink[] = [
  {
    text: 'myBookings',
    to: '/mes-reservations',
    isAlsoAt: (pathname) => pathname.startsWith('/reservations/'),
  },
  { text: 'myPass', to: '/mon-pass' },
];

/** Meeting people: the colleagues here today, and partners from outside invited for a day. */
const meetLinks: NavLink[] = [
  { text: 'whoIsHere', to: '/qui-est-la' },
  { text: 'invite', to: '/invites' },
];

/** Community life, in one menu: the agendas, the person's own events, the archive. */
const eventLinks: NavLink[] = [
  {
    text: 'eventsAgenda',
    to: '/evenements',
    isAlsoAt: (pathname) =>
      pathname.startsWith('/evenements/') && pathname !== archivesPath && pathname !== proposePath,
  },
  { text: 'myEvents', to: '/mes-evenements' },
  { text: 'proposeEvent', to: proposePath },
  { text: 'eventArchive', to: archivesPath },
];

/** The pages of the people who run a site (its hosts, and admins), in one menu. */
const hostLinks: NavLink[] = [
  {
    text: 'todayBoard',
    to: '/tableau-du-jour',
    isAlsoAt: (pathname) => pathname === '/evacuation',
  },
  { text: 'desksAndZones', to: '/postes-et-zones' },
  { text: 'eventsToValidate', to: '/evenements-a-valider' },
  { text: 'guestsToValidate', to: '/invitations-a-valider' },
  { text: 'siteSettings', to: '/parametres-du-site' },
  { text: 'siteStatistics', to: '/statistiques-du-site' },
  { text: 'zonePlans', to: '/plans-des-zones' },
  { text: 'kiosks', to: '/bornes-d-accueil' },
];

/** The pages of AdmZ's admins, who run the whole network. */
const adminLinks: NavLink[] = [
  { text: 'networkSites', to: '/sites-du-reseau' },
  { text: 'hosts', to: '/gestionnaires' },
  { text: 'auditLog', to: '/journal-des-actions' },
];

const devOutboxLink: NavLink = { text: 'devOutbox', to: '/dev/boite-mail' };

export function AppHeader() {
  const { data: me } = useMe();
  const { pathname } = useLocation();
  const isDevOutboxActive = useIsDevOutboxActive(Boolean(me));
  const messages = useMessages(appMessages);
  const language = useLanguage();

  const isAt = (link: NavLink) => pathname === link.to || (link.isAlsoAt?.(pathname) ?? false);
  const toItem = (link: NavLink): MainNavigationProps.Item.Link => ({
    text: messages.links[link.text],
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
        toMenu(messages.menus.book, bookLinks),
        ...agentLinks.map(toItem),
        toMenu(messages.menus.meet, meetLinks),
        toMenu(messages.menus.events, eventLinks),
        ...(canSeeHostView(me) ? [toMenu(messages.menus.host, hostLinks)] : []),
        ...(me.isAdmin ? [toMenu(messages.menus.admin, adminLinks)] : []),
        ...(isDevOutboxActive ? [toItem(devOutboxLink)] : []),
      ]
    : [];

  return (
    <Header
      brandTop={brandTop}
      serviceTitle="AdmZ"
      serviceTagline={messages.tagline}
      homeLinkProps={{ to: '/', title: messages.homeTitle }}
      navigation={me ? navigation : undefined}
      quickAccessItems={[
        <LanguageSelect
          key="language"
          supportedLangs={languages}
          fullNameByLang={languageNames}
          lang={language}
          setLang={(language) => void setLanguage(language)}
        />,
        ...(me
          ? [
              <span key="person" className={fr.cx('fr-btn', 'fr-icon-account-circle-line')}>
                {me.givenName} {me.usualName}
              </span>,
              {
                iconId: 'fr-icon-user-setting-line' as const,
                text: messages.myData,
                linkProps: { to: '/mes-donnees' },
              },
              // A form post, not a link: logging out changes state, and a link elsewhere must not.
              <form key="logout" method="post" action={logoutUrl} className="app-header__logout">
                <button
                  type="submit"
                  className={fr.cx('fr-btn', 'fr-icon-logout-box-r-line', 'fr-btn--icon-left')}
                >
                  {messages.logOut}
                </button>
              </form>,
            ]
          : []),
      ]}
    />
  );
}
