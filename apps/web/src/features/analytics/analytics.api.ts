import {
  analyticsSettingsSchema,
  networkAnalyticsSchema,
  openStatisticsSchema,
  siteAnalyticsSchema,
  type AnalyticsSettings,
  type AnalyticsTable,
  type NetworkAnalytics,
  type OpenStatistics,
  type SiteAnalytics,
} from '@admz/shared';
import { requestApi } from '../../api-client';
import type { Period } from './period';

const periodQuery = (period: Period) =>
  `from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`;
const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export function fetchSiteAnalytics(siteId: string, period: Period): Promise<SiteAnalytics> {
  return requestApi(`${sitePath(siteId)}/analytics?${periodQuery(period)}`, siteAnalyticsSchema);
}

/** The address of one table as CSV: a plain link, the browser downloads it with the session. */
export function siteAnalyticsCsvUrl(siteId: string, table: AnalyticsTable, period: Period): string {
  return `${sitePath(siteId)}/analytics/${table}.csv?${periodQuery(period)}`;
}

export function fetchNetworkAnalytics(period: Period): Promise<NetworkAnalytics> {
  return requestApi(`/api/analytics/network?${periodQuery(period)}`, networkAnalyticsSchema);
}

export const networkAnalyticsCsvUrl = (period: Period) =>
  `/api/analytics/network.csv?${periodQuery(period)}`;

export function saveAnalyticsSettings(
  siteId: string,
  settings: AnalyticsSettings,
): Promise<AnalyticsSettings> {
  return requestApi(`${sitePath(siteId)}/analytics-settings`, analyticsSettingsSchema, {
    method: 'PUT',
    body: settings,
  });
}

export function fetchOpenStatistics(): Promise<OpenStatistics> {
  return requestApi('/api/open-statistics?months=12', openStatisticsSchema);
}

export const openStatisticsCsvUrl = '/api/open-statistics.csv?months=12';
export const openDataSitesUrl = '/api/open-data/sites';
