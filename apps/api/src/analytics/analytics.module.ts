import { Module } from '@nestjs/common';
import { AnalyticsController, OpenStatisticsController } from './analytics.controller';
import { AnalyticsRollupService } from './analytics-rollup.service';
import { AnalyticsService } from './analytics.service';

@Module({
  controllers: [AnalyticsController, OpenStatisticsController],
  providers: [AnalyticsService, AnalyticsRollupService],
})
export class AnalyticsModule {}
