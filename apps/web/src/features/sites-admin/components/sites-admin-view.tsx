import type { AffectedBooking, Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useSiteLabels } from '../../../i18n/site-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { readAffectedBookings } from '../../site-settings/site-settings.api';
import { describeSiteDates } from '../../sites/components/site-practical-info';
import { useAllSites, useArchiveSite, useRestoreSite } from '../hooks/use-sites-admin';
import { sitesAdminMessages } from '../sites-admin.messages';
import { ArchiveSiteModal, archiveSiteModal } from './archive-site-modal';
import { SiteForm } from './site-form';
import { SitePhotoField } from './site-photo-field';

type Editing = { kind: 'create' } | { kind: 'edit'; siteId: string } | null;

/** « Sites du réseau »: admins create, edit, archive and restore the network's sites. */
export function SitesAdminView() {
  const sitesQuery = useAllSites();
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [archiving, setArchiving] = useState<Site | null>(null);
  const [affected, setAffected] = useState<AffectedBooking[] | null>(null);
  const archive = useArchiveSite();
  const restore = useRestoreSite();
  const t = useMessages(sitesAdminMessages).view;
  const labels = useSiteLabels();
  const format = useFormat();

  if (sitesQuery.isPending) return <LoadingState label={t.loading} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const sites = sitesQuery.data;
  const active = sites.filter((site) => site.archivedAt === null);
  const archived = sites.filter((site) => site.archivedAt !== null);

  function askArchive(site: Site) {
    archive.reset();
    setAffected(null);
    setArchiving(site);
    archiveSiteModal.open();
  }

  function doArchive(site: Site, confirm: boolean) {
    archive.mutate(
      { siteId: site.id, confirm },
      {
        onSuccess: () => {
          archiveSiteModal.close();
          setSaved(t.archived(site.name));
        },
        onError: (error) => setAffected(readAffectedBookings(error)),
      },
    );
  }

  const renderSite = (site: Site) => {
    const isEditing = editing?.kind === 'edit' && editing.siteId === site.id;
    const dates = describeSiteDates(site, format.language);
    return (
      <li key={site.id} className={`admz-site-row ${fr.cx('fr-mb-3w', 'fr-pb-2w')}`}>
        <h3 className={fr.cx('fr-h5', 'fr-mb-1w')}>{site.name}</h3>
        <p className={fr.cx('fr-mb-1w')}>
          {site.archivedAt !== null ? (
            <Badge as="span" severity="warning" small>
              {t.archivedBadge}
            </Badge>
          ) : (
            <Badge as="span" severity="success" small>
              {t.activeBadge}
            </Badge>
          )}{' '}
          <Badge as="span" severity={site.kind === 'temporary' ? 'new' : 'info'} small noIcon>
            {labels.siteKind[site.kind]}
          </Badge>
        </p>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          {site.address.replace(/\n/g, ', ')} · {site.timezone} ·{' '}
          {labels.holidayRegion[site.holidayRegion]}
          {dates && ` · ${dates}`}
          {site.capacity !== null &&
            ` · ${format.count(site.capacity, { fr: 'place', en: 'place' })}`}
        </p>
        <ul
          className={fr.cx(
            'fr-btns-group',
            'fr-btns-group--inline-md',
            'fr-btns-group--sm',
            'fr-btns-group--icon-left',
          )}
        >
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-edit-line"
              onClick={() => {
                setSaved(null);
                setEditing(isEditing ? null : { kind: 'edit', siteId: site.id });
              }}
            >
              {isEditing ? t.close : t.edit(site.name)}
            </Button>
          </li>
          <li>
            <Button
              priority="tertiary"
              iconId="fr-icon-user-setting-line"
              linkProps={{ to: `/gestionnaires?site=${site.id}` }}
            >
              {t.hostsOf(site.name)}
            </Button>
          </li>
          <li>
            {site.archivedAt === null ? (
              <Button
                priority="tertiary"
                iconId="fr-icon-archive-line"
                onClick={() => askArchive(site)}
              >
                {t.archive(site.name)}
              </Button>
            ) : (
              <Button
                priority="tertiary"
                iconId="fr-icon-refresh-line"
                disabled={restore.isPending}
                onClick={() =>
                  restore.mutate(site.id, {
                    onSuccess: () => setSaved(t.restored(site.name)),
                  })
                }
              >
                {t.restore(site.name)}
              </Button>
            )}
          </li>
        </ul>
        {isEditing && (
          <div className={`admz-site-edit ${fr.cx('fr-p-2w')}`}>
            <SiteForm
              site={site}
              onDone={() => {
                setEditing(null);
                setSaved(t.saved(site.name));
              }}
              onCancel={() => setEditing(null)}
            />
            <SitePhotoField site={site} />
          </div>
        )}
      </li>
    );
  };

  return (
    <>
      <div role="status">
        {saved && (
          <Alert severity="success" small description={saved} className={fr.cx('fr-mb-2w')} />
        )}
      </div>
      <MutationFeedback mutation={restore} />
      {editing?.kind === 'create' ? (
        <section aria-labelledby="new-site-title" className={fr.cx('fr-mb-5w')}>
          <h2 id="new-site-title" className={fr.cx('fr-h4')}>
            {t.newSite}
          </h2>
          <SiteForm
            onDone={(site) => {
              setEditing({ kind: 'edit', siteId: site.id });
              setSaved(t.created(site.name));
            }}
            onCancel={() => setEditing(null)}
          />
        </section>
      ) : (
        <Button
          iconId="fr-icon-add-line"
          className={fr.cx('fr-mb-4w')}
          onClick={() => {
            setSaved(null);
            setEditing({ kind: 'create' });
          }}
        >
          {t.create}
        </Button>
      )}

      <section aria-labelledby="active-sites-title">
        <h2 id="active-sites-title" className={fr.cx('fr-h4')}>
          {t.activeTitle(active.length)}
        </h2>
        {active.length === 0 ? (
          <EmptyState title={t.noActive} />
        ) : (
          <ul className={fr.cx('fr-raw-list')}>{active.map(renderSite)}</ul>
        )}
      </section>
      {archived.length > 0 && (
        <section aria-labelledby="archived-sites-title" className={fr.cx('fr-mt-5w')}>
          <h2 id="archived-sites-title" className={fr.cx('fr-h4')}>
            {t.archivedTitle(archived.length)}
          </h2>
          <ul className={fr.cx('fr-raw-list')}>{archived.map(renderSite)}</ul>
        </section>
      )}

      <ArchiveSiteModal
        site={archiving}
        affected={affected}
        isPending={archive.isPending}
        error={archive.isError && affected === null ? archive.error : null}
        onArchive={doArchive}
      />
    </>
  );
}
