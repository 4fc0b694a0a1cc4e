import { Module } from '@nestjs/common';
import { SitesModule } from '../sites/sites.module';
import {
  EventOrganiserController,
  EventsController,
  SiteEventsController,
} from './events.controller';
import { EventArchiveService } from './event-archive.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventsService } from './events.service';
import { EventVisioLinksService } from './event-visio-links.service';

@Module({
  imports: [SitesModule],
  // The hosts' routes first: « …/events/pending » before any agent route could read it as an id.
  controllers: [SiteEventsController, EventOrganiserController, EventsController],
  providers: [
    EventsService,
    EventRegistrationsService,
    EventVisioLinksService,
    EventArchiveService,
  ],
  exports: [EventRegistrationsService],
})
export class EventsModule {}
