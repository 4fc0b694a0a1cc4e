import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Desk } from '../sites/desk.entity';
import { Site } from '../sites/site.entity';
import { FloorPlansController, KioskFloorPlansController } from './floor-plans.controller';
import { FloorPlansService } from './floor-plans.service';
import { ZonePlanBodyMiddleware } from './zone-plan-body.middleware';
import { ZonePlanRow } from './zone-plan.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ZonePlanRow, Desk, Site])],
  controllers: [FloorPlansController, KioskFloorPlansController],
  providers: [FloorPlansService],
  exports: [FloorPlansService],
})
export class FloorPlansModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(ZonePlanBodyMiddleware)
      .forRoutes({ path: 'sites/:siteId/zones/:zone/plan', method: RequestMethod.PUT });
  }
}
