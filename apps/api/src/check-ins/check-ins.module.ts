import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptLimitsModule } from '../attempt-limits/attempt-limits.module';
import { Booking } from '../bookings/booking.entity';
import { BookingsModule } from '../bookings/bookings.module';
import { GuestsModule } from '../guests/guests.module';
import { KiosksModule } from '../kiosks/kiosks.module';
import { Site } from '../sites/site.entity';
import { SitesModule } from '../sites/sites.module';
import { User } from '../users/user.entity';
import { AttendanceJobsService } from './attendance-jobs.service';
import { CheckInsController } from './check-ins.controller';
import { CheckInsService } from './check-ins.service';
import { EventCheckInsService } from './event-check-ins.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, Site, User]),
    BookingsModule,
    SitesModule,
    KiosksModule,
    AttemptLimitsModule,
    GuestsModule,
  ],
  controllers: [CheckInsController],
  providers: [CheckInsService, EventCheckInsService, AttendanceJobsService],
  exports: [AttendanceJobsService],
})
export class CheckInsModule {}
