import { fr } from '@codegouvfr/react-dsfr';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useMessages } from '../i18n/language';
import { AppHeader, brandTop } from './app-header';
import { appMessages } from './app.messages';

export function AppLayout() {
  const messages = useMessages(appMessages);
  return (
    <div className="admz-app">
      <SkipLinks
        links={[
          { label: messages.skipLinks.content, anchor: '#contenu' },
          { label: messages.skipLinks.footer, anchor: '#pied-de-page' },
        ]}
      />
      <AppHeader />
      <main id="contenu" tabIndex={-1} className={fr.cx('fr-container', 'fr-py-5w')}>
        {/* A page's code loads on its first visit (app-routes.tsx): loaded directly, the page
            shows nothing for the few milliseconds it takes; a link followed keeps the page
            left on screen until then (the router's navigations are transitions). */}
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={{ to: '/', title: messages.homeTitle }}
        accessibility="partially compliant"
        accessibilityLinkProps={{ to: '/declaration-d-accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription={messages.footer.description}
        bottomItems={[
          { text: messages.footer.personalData, linkProps: { to: '/donnees-personnelles' } },
          { text: messages.footer.publicAgenda, linkProps: { to: '/agenda' } },
          { text: messages.footer.openStatistics, linkProps: { to: '/statistiques' } },
          { text: messages.myData, linkProps: { to: '/mes-donnees' } },
          { text: messages.links.myBookings, linkProps: { to: '/mes-reservations' } },
        ]}
      />
    </div>
  );
}
