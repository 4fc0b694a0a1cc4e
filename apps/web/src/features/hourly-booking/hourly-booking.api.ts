import { siteRulesSchema, type SiteRules } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchSiteRules(siteId: string): Promise<SiteRules> {
  return requestApi(`/api/sites/${encodeURIComponent(siteId)}/rules`, siteRulesSchema);
}
