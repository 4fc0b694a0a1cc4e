import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Desk } from './desk.entity';
import { DeskActivationService } from './desk-activation.service';
import { OpeningExceptionRow, WeeklyOpeningRow } from './opening-hours.entity';
import { Site } from './site.entity';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';
import { OpeningHoursService } from './opening-hours.service';
import { SiteRulesController } from './site-rules.controller';
import { SiteRulesService } from './site-rules.service';

@Module({
  imports: [TypeOrmModule.forFeature([Site, Desk, WeeklyOpeningRow, OpeningExceptionRow])],
  controllers: [SitesController, SiteRulesController],
  providers: [SitesService, OpeningHoursService, SiteRulesService, DeskActivationService],
  exports: [SitesService, DeskActivationService],
})
export class SitesModule {}
