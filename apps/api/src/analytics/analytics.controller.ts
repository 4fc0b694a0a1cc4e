import { Body, Controller, Get, Header, Param, Put, Query } from '@nestjs/common';
import {
  analyticsQuerySchema,
  analyticsSettingsSchema,
  analyticsTableSchema,
  idSchema,
  openStatisticsQuerySchema,
  type AnalyticsSettings,
  type AnalyticsTable,
  type NetworkAnalytics,
  type OpenDataSite,
  type OpenStatistics,
  type SiteAnalytics,
} from '@admz/shared';
import {
  AdminOnly,
  CurrentUser,
  Public,
  SiteHostOnly,
  type CurrentUserContext,
} from '../auth/access.decorators';
import { zodDto } from '../common/zod-dto';
import { ZodParamPipe } from '../common/zod-param.pipe';
import { AnalyticsService } from './analytics.service';

class AnalyticsQueryDto extends zodDto(analyticsQuerySchema) {}
class AnalyticsSettingsDto extends zodDto(analyticsSettingsSchema) {}
class OpenStatisticsQueryDto extends zodDto(openStatisticsQuerySchema) {}

const uuid = new ZodParamPipe(idSchema);
const csvType = 'text/csv; charset=utf-8';

/** A site's statistics for its hosts, the network's for admins, and the privacy switch. */
@Controller()
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('sites/:siteId/analytics')
  @SiteHostOnly()
  @Header('Cache-Control', 'private, no-store')
  siteAnalytics(
    @Param('siteId', uuid) siteId: string,
    @Query() query: AnalyticsQueryDto,
  ): Promise<SiteAnalytics> {
    return this.analytics.siteAnalytics(siteId, query);
  }

  @Get('sites/:siteId/analytics/:table.csv')
  @SiteHostOnly()
  @Header('Content-Type', csvType)
  @Header('Cache-Control', 'private, no-store')
  siteAnalyticsCsv(
    @Param('siteId', uuid) siteId: string,
    @Param('table', new ZodParamPipe(analyticsTableSchema)) table: AnalyticsTable,
    @Query() query: AnalyticsQueryDto,
  ): Promise<string> {
    return this.analytics.siteAnalyticsCsv(siteId, table, query);
  }

  @Put('sites/:siteId/analytics-settings')
  @AdminOnly()
  setAnalyticsSettings(
    @CurrentUser() { user }: CurrentUserContext,
    @Param('siteId', uuid) siteId: string,
    @Body() body: AnalyticsSettingsDto,
  ): Promise<AnalyticsSettings> {
    return this.analytics.setAnalyticsSettings(user, siteId, body.showNames);
  }

  @Get('analytics/network')
  @AdminOnly()
  @Header('Cache-Control', 'private, no-store')
  networkAnalytics(@Query() query: AnalyticsQueryDto): Promise<NetworkAnalytics> {
    return this.analytics.networkAnalytics(query);
  }

  @Get('analytics/network.csv')
  @AdminOnly()
  @Header('Content-Type', csvType)
  @Header('Cache-Control', 'private, no-store')
  networkAnalyticsCsv(@Query() query: AnalyticsQueryDto): Promise<string> {
    return this.analytics.networkAnalyticsCsv(query);
  }
}

/** Open statistics and the sites as open data: public, cached, bounded. */
@Controller()
@Public()
export class OpenStatisticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('open-statistics')
  @Header('Cache-Control', 'public, max-age=3600')
  openStatistics(@Query() query: OpenStatisticsQueryDto): Promise<OpenStatistics> {
    return this.analytics.openStatistics(query.months);
  }

  @Get('open-statistics.csv')
  @Header('Content-Type', csvType)
  @Header('Cache-Control', 'public, max-age=3600')
  @Header('Content-Disposition', 'attachment; filename="admz-statistiques-ouvertes.csv"')
  openStatisticsCsv(@Query() query: OpenStatisticsQueryDto): Promise<string> {
    return this.analytics.openStatisticsCsv(query.months);
  }

  @Get('open-data/sites')
  @Header('Cache-Control', 'public, max-age=3600')
  openDataSites(): Promise<OpenDataSite[]> {
    return this.analytics.openDataSites();
  }
}
