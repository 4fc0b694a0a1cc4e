import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptLimitsModule } from '../attempt-limits/attempt-limits.module';
import { Site } from '../sites/site.entity';
import { Kiosk } from './kiosk.entity';
import {
  KioskPairingController,
  KioskSettingsController,
  KiosksController,
} from './kiosks.controller';
import { KiosksService } from './kiosks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Kiosk, Site]), AttemptLimitsModule],
  controllers: [KiosksController, KioskPairingController, KioskSettingsController],
  providers: [KiosksService],
  exports: [KiosksService],
})
export class KiosksModule {}
