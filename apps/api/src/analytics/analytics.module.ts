import { Module } from '@nestjs/common';
import { AnalyticsController, OpenStatisticsController } from './analytics.controller';
import { AnalyticsService } from './analytics.service';

@Module({
  controllers: [AnalyticsController, OpenStatisticsController],
  providers: [AnalyticsService],
})
export class AnalyticsModule {}
