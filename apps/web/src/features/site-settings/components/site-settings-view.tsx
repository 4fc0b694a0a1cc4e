import { siteToday } from '@admz/shared';
import type { Me, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { GuestSettingsPanel } from '../../guests/components/guest-settings-form';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { SiteClosuresFeedPanel } from '../../calendar-feeds/components/site-closures-feed-panel';
import { SiteSelect } from '../../sites/components/site-select';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { useOpeningHours } from '../hooks/use-opening-hours';
import { useSiteRules } from '../hooks/use-site-rules';
import { siteSettingsMessages } from '../site-settings.messages';
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
  const t = useMessages(siteSettingsMessages).view;

  const hoursTab = hoursQuery.isPending ? (
    <LoadingState label={t.loadingHours} />
  ) : hoursQuery.isError ? (
    <ErrorState error={hoursQuery.error} onRetry={() => void hoursQuery.refetch()} />
  ) : (
    <>
      <h2 className={fr.cx('fr-h4')}>{t.weeklyTitle}</h2>
      <WeeklyScheduleForm siteId={site.id} weekly={hoursQuery.data.weekly} />
      <OpeningExceptionsPanel siteId={site.id} today={today} openingHours={hoursQuery.data} />
      <SiteClosuresFeedPanel site={site} />
    </>
  );

  return (
    <Tabs
      label={t.tabsLabel(site.name)}
      tabs={[
        { label: t.hoursTab, iconId: 'fr-icon-time-line', content: hoursTab },
        {
          label: t.holidaysTab,
          iconId: 'fr-icon-lock-unlock-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>{t.holidaysTitle}</h2>
              <SiteOptionsForm site={site} />
              <KeyHoldersPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: t.rulesTab,
          iconId: 'fr-icon-settings-5-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>{t.rulesTitle}</h2>
              {rulesQuery.isPending && <LoadingState label={t.loadingRules} />}
              {rulesQuery.isError && (
                <ErrorState error={rulesQuery.error} onRetry={() => void rulesQuery.refetch()} />
              )}
              {rulesQuery.data && <SiteRulesForm siteId={site.id} rules={rulesQuery.data} />}
              <h2 className={fr.cx('fr-h4', 'fr-mt-4w')}>{t.assignmentsTitle}</h2>
              <DeskAssignmentsPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: t.guestsTab,
          iconId: 'fr-icon-user-add-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>{t.guestsTitle}</h2>
              <GuestSettingsPanel siteId={site.id} />
            </>
          ),
        },
        {
          label: t.roomsTab,
          iconId: 'fr-icon-team-line',
          content: <SiteRoomsPanel siteId={site.id} />,
        },
        {
          label: t.kiosksTab,
          iconId: 'fr-icon-tablet-line',
          content: (
            <>
              <h2 className={fr.cx('fr-h4')}>{t.kioskMessageTitle}</h2>
              <KioskMessageForm site={site} />
              <p className={fr.cx('fr-mt-4w')}>
                <Link
                  to={`/bornes-d-accueil?site=${site.id}`}
                  className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
                >
                  {t.kiosksLink}
                </Link>
              </p>
            </>
          ),
        },
      ]}
    />
  );
}
