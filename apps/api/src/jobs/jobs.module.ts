import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Booking } from '../bookings/booking.entity';
import { BookingRemindersService } from './booking-reminders.service';
import { JOBS_DATABASE_URL, JobsService } from './jobs.service';

/** pg-boss on the app's own database; global so any service can send a job. */
@Global()
@Module({})
export class JobsModule {
  static register(databaseUrl: string): DynamicModule {
    return {
      module: JobsModule,
      imports: [TypeOrmModule.forFeature([Booking])],
      providers: [
        { provide: JOBS_DATABASE_URL, useValue: databaseUrl },
        JobsService,
        BookingRemindersService,
      ],
      exports: [JobsService],
    };
  }
}
