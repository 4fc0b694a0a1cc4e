import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Booking } from '../bookings/booking.entity';
import { Site } from '../sites/site.entity';
import { CheckInsController } from './check-ins.controller';
import { CheckInsService } from './check-ins.service';
import { QrTokensService } from './qr-tokens.service';

@Module({
  imports: [TypeOrmModule.forFeature([Booking, Site])],
  controllers: [CheckInsController],
  providers: [CheckInsService, QrTokensService],
  exports: [QrTokensService],
})
export class CheckInsModule {}
