import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { EventsModule } from '../events/events.module';
import { RoomsModule } from '../rooms/rooms.module';
import { MyDataService } from './my-data.service';
import { PrivacyController } from './privacy.controller';
import { RetentionService } from './retention.service';

/** RGPD: retention purges, « Mes données » (export, account deletion). */
@Module({
  imports: [BookingsModule, EventsModule, RoomsModule],
  controllers: [PrivacyController],
  providers: [RetentionService, MyDataService],
  exports: [RetentionService],
})
export class PrivacyModule {}
