import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import { EventsController, SiteEventsController } from './events.controller';
import { EventArchiveService } from './event-archive.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventsService } from './events.service';

@Module({
  imports: [SitesModule],
  // The hosts' routes first: « …/events/pending » before any agent route could read it as an id.
  controllers: [SiteEventsController, EventsController],
  providers: [EventsService, EventRegistrationsService, EventArchiveService],
})
export class EventsModule {}
