import { fr } from '@codegouvfr/react-dsfr';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { Outlet } from 'react-router';
import { AppHeader, brandTop } from './app-header';

export function AppLayout() {
  return (
    <div className="admz-app">
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <AppHeader />
      <main id="contenu" tabIndex={-1} className={fr.cx('fr-container', 'fr-py-5w')}>
        <Outlet />
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={{ to: '/', title: 'Accueil – AdmZ' }}
        accessibility="partially compliant"
        accessibilityLinkProps={{ to: '/declaration-d-accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        contentDescription="AdmZ est l'espace de travail partagé de l'État : les agents publics de toutes les administrations y réservent un poste, se rencontrent et construisent ensemble."
        bottomItems={[
          { text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } },
          { text: 'Agenda public', linkProps: { to: '/agenda' } },
          { text: 'Statistiques ouvertes', linkProps: { to: '/statistiques' } },
          { text: 'Mes données', linkProps: { to: '/mes-donnees' } },
          { text: 'Mes réservations', linkProps: { to: '/mes-reservations' } },
        ]}
      />
    </div>
  );
}
