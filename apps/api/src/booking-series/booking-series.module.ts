import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Booking } from '../bookings/booking.entity';
import { BookingsModule } from '../bookings/bookings.module';
import { SitesModule } from '../sites/sites.module';
import { BookingSeriesController } from './booking-series.controller';
import { BookingSeries } from './booking-series.entity';
import { BookingSeriesService } from './booking-series.service';

@Module({
  imports: [TypeOrmModule.forFeature([BookingSeries, Booking]), BookingsModule, SitesModule],
  controllers: [BookingSeriesController],
  providers: [BookingSeriesService],
})
export class BookingSeriesModule {}
