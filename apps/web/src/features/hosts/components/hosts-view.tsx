import type { Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useLocale, useMessages } from '../../../i18n/language';
import { SiteSelect } from '../../sites/components/site-select';
import { useSites } from '../../sites/hooks/use-sites';
import { useCancelHostInvitation, useRemoveHost, useSiteHosts } from '../hooks/use-site-hosts';
import { hostsMessages } from '../hosts.messages';
import { AppointHostForm } from './appoint-host-form';
import {
  ConfirmHostChangeModal,
  confirmHostChangeModal,
  type HostChange,
} from './confirm-host-change-modal';

/** « Gestionnaires des sites »: an admin names and removes the hosts of each site. */
export function HostsView() {
  const sitesQuery = useSites();
  const [searchParams, setSearchParams] = useSearchParams();
  const t = useMessages(hostsMessages).view;
  if (sitesQuery.isPending) return <LoadingState label={t.loadingSites} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const sites = sitesQuery.data;
  const site = sites.find((item) => item.id === searchParams.get('site')) ?? sites[0];
  if (!site) return <EmptyState title={t.noSites} />;
  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-mb-2w')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-5')}>
          <SiteSelect
            sites={sites}
            selectedSiteId={site.id}
            onSelectSite={(siteId) => setSearchParams({ site: siteId }, { replace: true })}
          />
        </div>
      </div>
      <SiteHosts key={site.id} site={site} />
    </>
  );
}

function SiteHosts({ site }: { site: Site }) {
  const hostsQuery = useSiteHosts(site.id);
  const removeMutation = useRemoveHost(site.id);
  const cancelMutation = useCancelHostInvitation(site.id);
  const [change, setChange] = useState<HostChange | null>(null);
  const t = useMessages(hostsMessages).view;
  const dateFormat = new Intl.DateTimeFormat(useLocale(), { dateStyle: 'long' });

  function ask(next: HostChange) {
    removeMutation.reset();
    cancelMutation.reset();
    setChange(next);
    confirmHostChangeModal.open();
  }

  function confirm(confirmed: HostChange) {
    const done = { onSuccess: () => confirmHostChangeModal.close() };
    if (confirmed.kind === 'remove') removeMutation.mutate(confirmed.userId, done);
    else cancelMutation.mutate(confirmed.invitationId, done);
  }

  const hosts = hostsQuery.data?.hosts ?? [];
  const invitations = hostsQuery.data?.invitations ?? [];

  return (
    <>
      <section aria-labelledby="hosts-title" className={fr.cx('fr-mb-5w')}>
        <h2 id="hosts-title" className={fr.cx('fr-h4')}>
          {t.title(site.name)}
        </h2>
        {hostsQuery.isPending && <LoadingState label={t.loading} />}
        {hostsQuery.isError && (
          <ErrorState error={hostsQuery.error} onRetry={() => void hostsQuery.refetch()} />
        )}
        {hostsQuery.data && hosts.length === 0 && invitations.length === 0 && (
          <EmptyState title={t.emptyTitle}>
            <p className={fr.cx('fr-mb-0')}>{t.emptyText}</p>
          </EmptyState>
        )}
        {hosts.length > 0 && (
          <ul className={fr.cx('fr-raw-list')}>
            {hosts.map((host) => (
              <li
                key={host.userId}
                className={fr.cx('fr-grid-row', 'fr-grid-row--middle', 'fr-mb-1w')}
              >
                <span className={fr.cx('fr-mr-2w')}>
                  <strong>
                    {host.givenName} {host.usualName}
                  </strong>{' '}
                  <span className={fr.cx('fr-text--sm')}>{host.email}</span>
                </span>
                <Button
                  priority="tertiary"
                  size="small"
                  iconId="fr-icon-delete-line"
                  onClick={() =>
                    ask({
                      kind: 'remove',
                      userId: host.userId,
                      name: `${host.givenName} ${host.usualName}`,
                      email: host.email,
                    })
                  }
                >
                  {t.remove(`${host.givenName} ${host.usualName}`)}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {invitations.length > 0 && (
          <>
            <h3 className={fr.cx('fr-h6', 'fr-mt-3w')}>{t.invitationsTitle}</h3>
            <ul className={fr.cx('fr-raw-list')}>
              {invitations.map((invitation) => (
                <li
                  key={invitation.id}
                  className={fr.cx('fr-grid-row', 'fr-grid-row--middle', 'fr-mb-1w')}
                >
                  <span className={fr.cx('fr-mr-2w')}>
                    {invitation.email}{' '}
                    <span className={fr.cx('fr-text--sm')}>
                      {t.invitedOn(dateFormat.format(new Date(invitation.createdAt)))}
                    </span>
                  </span>
                  <Button
                    priority="tertiary"
                    size="small"
                    iconId="fr-icon-close-line"
                    onClick={() =>
                      ask({
                        kind: 'cancel-invitation',
                        invitationId: invitation.id,
                        email: invitation.email,
                      })
                    }
                  >
                    {t.cancelInvitation(invitation.email)}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="appoint-host-title">
        <h2 id="appoint-host-title" className={fr.cx('fr-h4')}>
          {t.appointTitle}
        </h2>
        <AppointHostForm siteId={site.id} siteName={site.name} />
      </section>

      <ConfirmHostChangeModal
        change={change}
        siteName={site.name}
        isPending={removeMutation.isPending || cancelMutation.isPending}
        error={removeMutation.error ?? cancelMutation.error}
        onConfirm={confirm}
      />
    </>
  );
}
