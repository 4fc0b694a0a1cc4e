import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { SitesModule } from '../sites/sites.module';
import { TodayBoardController } from './today-board.controller';
import { TodayBoardService } from './today-board.service';

@Module({
  imports: [BookingsModule, SitesModule],
  controllers: [TodayBoardController],
  providers: [TodayBoardService],
})
export class TodayBoardModule {}
