import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { RoomsController, SiteRoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';

@Module({
  imports: [SitesModule],
  // The hosts' routes first: « …/rooms/bookings » before any agent route could read it.
  controllers: [SiteRoomsController, RoomsController],
  providers: [RoomsService],
  exports: [RoomsService],
})
export class RoomsModule {}
