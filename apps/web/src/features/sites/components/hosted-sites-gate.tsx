import type { Me, Site } from '@admz/shared';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import { isNonEmpty, type NonEmptyArray } from '../../../lib/non-empty';
import { sitesMessages } from '../sites.messages';
import { useSites } from '../hooks/use-sites';

type HostedSitesGateProps = { me: Me; children: (sites: NonEmptyArray<Site>) => ReactNode };

/** The sites this person runs (every site for an admin), with loading, error and empty states. */
export function HostedSitesGate({ me, children }: HostedSitesGateProps) {
  const sitesQuery = useSites();
  const { hostedSites: texts } = useMessages(sitesMessages);
  if (sitesQuery.isPending) return <LoadingState label={texts.loading} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const hostedSites = me.isAdmin
    ? sitesQuery.data
    : sitesQuery.data.filter((site) => me.hostedSiteIds.includes(site.id));
  if (!isNonEmpty(hostedSites)) {
    return <EmptyState title={texts.none} />;
  }
  return <>{children(hostedSites)}</>;
}
