import { Module } from '@nestjs/common';
import { FloorPlansModule } from '../floor-plans/floor-plans.module';
import { SitesModule } from '../sites/sites.module';
import { SiteConsoleController } from './site-console.controller';
import { SiteConsoleService } from './site-console.service';

@Module({
  imports: [SitesModule, FloorPlansModule],
  controllers: [SiteConsoleController],
  providers: [SiteConsoleService],
})
export class SiteConsoleModule {}
