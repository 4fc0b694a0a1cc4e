import { useSearchParams } from 'react-router';
import type { NonEmptyArray } from '../../../lib/non-empty';

/**
 * The site named in the address (`?site=`), else the first: the pages that serve each site a
 * host runs keep the choice in the address, so a reload or a shared link shows the same site.
 */
export function useSiteInAddress<Item extends { id: string }>(
  sites: NonEmptyArray<Item>,
): { site: Item; selectSite: (siteId: string) => void } {
  const [searchParams, setSearchParams] = useSearchParams();
  const site = sites.find((item) => item.id === searchParams.get('site')) ?? sites[0];
  const selectSite = (siteId: string) => setSearchParams({ site: siteId }, { replace: true });
  return { site, selectSite };
}
