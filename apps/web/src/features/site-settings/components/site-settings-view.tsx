import { siteToday } from '@admz/shared';
import type { Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { GuestSettingsPanel } from '../../guests/components/guest-settings-form';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { SiteClosuresFeedPanel } from '../../calendar-feeds/components/site-closures-feed-panel';
import { SiteSelect } from '../../sites/components/site-select';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { useOpeningHours } from '../hooks/use-opening-hours';
import { useSiteRules } from '../hooks/use-site-rules';
import { DeskAssignmentsPanel } from './desk-assignments-panel';
import { KeyHoldersPanel, SiteOptionsForm } from './extended-hours-panel';
import { KioskMessageForm } from './kiosk-message-form';
import { OpeningExceptionsPanel } from './opening-exceptions-panel';
import { SiteRulesForm } from './site-rules-form';
import { WeeklyScheduleForm } from './weekly-schedule-form';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';
import { SiteRoomsPanel } from '../../rooms/components/site-rooms-panel';

export function SiteSettingsView({ me }: { me: Me }) {
  return (
    <HostedSitesGate me={me}>
      {(sites) => <HostedSiteSettings hostedSites={sites} />}
    </HostedSitesGate>
  );
}

function HostedSiteSettings({ hostedSites }: { hostedSites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(hostedSites);
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect sites={hostedSites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
      </div>
      {/* Keyed by site: forms start again from the chosen site's saved values. */}
      <SiteSettings key={site.id} site={site} />
    </>
  );
}

function SiteSettings({ site }: { site: Site }) {
  const hoursQuery = useOpeningHours(site.id);
  const rulesQuery = useSiteRules(site.id);
  const today = siteToday(site.timezone);

  const hoursTab = hoursQuery.isPending ? (
    <LoadingState label="Chargement des horaires…" />
  ) : hoursQuery.isError ? (
    <ErrorState error={hoursQuery.error} onRetry={() => void hoursQuery.refetch()} />
  ) : (
    <>
      <h2 className={fr.cx('fr-h4')}>Horaires de la semaine</h2>
      <WeeklyScheduleForm siteId={site.id} weekly={hoursQuery.data.weekly} />
      <OpeningExceptionsPanel siteId={site.id} today={today} openingHours={hoursQuery.data} />
      <SiteClosuresFeedPanel site={site} />
    </>
  );

  return (
    <Tabs
      label={`Paramètres de ${site.name}`}
      tabs={[
        { label: 'Horaires et fermetures', iconId: 'fr-icon-time-line', content: hoursTab },
        {
          label: 'Jours fériés et clés',
          iconId: 'fr-icon-lock-unlock-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>Jours fériés et horaires étendus</h2>
              <SiteOptionsForm site={site} />
              <KeyHoldersPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: 'Règles de réservation',
          iconId: 'fr-icon-settings-5-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>Règles de réservation</h2>
              {rulesQuery.isPending && <LoadingState label="Chargement des règles…" />}
              {rulesQuery.isError && (
                <ErrorState error={rulesQuery.error} onRetry={() => void rulesQuery.refetch()} />
              )}
              {rulesQuery.data && <SiteRulesForm siteId={site.id} rules={rulesQuery.data} />}
              <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>Postes attribués</h2>
              <DeskAssignmentsPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: 'Invités',
          iconId: 'fr-icon-user-add-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>Personnes invitées</h2>
              <GuestSettingsPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: 'Salles et tables',
          iconId: 'fr-icon-team-line',
          content: <SiteRoomsPanel siteId={site.id} />,
        },
        {
          label: 'Bornes d’accueil',
          iconId: 'fr-icon-tablet-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>Message affiché sur les bornes</h2>
              <KioskMessageForm site={site} />
              <p className={fr.cx('fr-mt-4w')}>
                <Link
                  to={`/bornes-d-accueil?site=${site.id}`}
                  className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
                >
                  Appairer, suivre ou désactiver les bornes de ce site
                </Link>
              </p>
            </>
          ),
        },
      ]}
    />
  );
}
