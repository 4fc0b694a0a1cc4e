import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Desk } from './desk.entity';
import { DeskActivationService } from './desk-activation.service';
import { OpeningExceptionRow, WeeklyOpeningRow } from './opening-hours.entity';
import { Site } from './site.entity';
import { AdminSitesController, SitesController } from './sites.controller';
import { SitePhotoBodyMiddleware } from './site-photo-body.middleware';
import { SitePhotosService } from './site-photos.service';
import { SitesService } from './sites.service';
import { OpeningHoursService } from './opening-hours.service';
import { SiteRulesController } from './site-rules.controller';
import { SiteRulesService } from './site-rules.service';

@Module({
  imports: [TypeOrmModule.forFeature([Site, Desk, WeeklyOpeningRow, OpeningExceptionRow])],
  controllers: [SitesController, AdminSitesController, SiteRulesController],
  providers: [
    SitesService,
    OpeningHoursService,
    SiteRulesService,
    SitePhotosService,
    DeskActivationService,
  ],
  exports: [SitesService, DeskActivationService],
})
export class SitesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(SitePhotoBodyMiddleware)
      .forRoutes({ path: 'sites/:siteId/photo', method: RequestMethod.PUT });
  }
}
