import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { PublicAgenda, PublicAgendaSite, PublicEvent } from '@admz/shared';
import { DataSource } from 'typeorm';
import { buildPublicEventsFeed } from '../calendar-feeds/booking-events';
import { Clock } from '../common/clock';
import { formatSiteTime, siteToday } from '../common/site-time';
import { APP_CONFIG, type AppConfig } from '../config';
import {
  listActiveSites,
  listPublicEvents,
  type PublicEventRow,
  type PublicSiteRow,
} from './public-agenda-queries';

/**
 * The public agenda: the events open to everyone at the network's active sites, readable and
 * subscribable without logging in. Nothing about a person: no proposer, no visio link, no
 * registrant.
 */
@Injectable()
export class PublicAgendaService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The active sites (tour stops not over yet) and the public events to come, of one site or all. */
  async getAgenda(siteId: string | undefined): Promise<PublicAgenda> {
    const now = this.clock.now();
    const sites = await this.listOpenSites(now);
    if (siteId !== undefined) this.findSite(sites, siteId);
    const events = await listPublicEvents(this.dataSource, now, siteId ?? null, {
      withCancelled: false,
    });
    return { sites: sites.map(toPublicAgendaSite), events: events.map(toPublicEvent) };
  }

  /** Every site's public events as iCalendar, the cancelled ones marked so. */
  async renderNetworkFeed(): Promise<string> {
    const events = await listPublicEvents(this.dataSource, this.clock.now(), null, {
      withCancelled: true,
    });
    return buildPublicEventsFeed(events.map(this.toCalendarInput), 'AdmZ — agenda public');
  }

  /** One site's public events as iCalendar, the cancelled ones marked so. */
  async renderSiteFeed(siteId: string): Promise<string> {
    const now = this.clock.now();
    const site = this.findSite(await this.listOpenSites(now), siteId);
    const events = await listPublicEvents(this.dataSource, now, site.id, { withCancelled: true });
    return buildPublicEventsFeed(events.map(this.toCalendarInput), `${site.name} — agenda public`);
  }

  /** Sites not archived, less the tour stops whose last day is past. */
  private async listOpenSites(now: Date): Promise<PublicSiteRow[]> {
    return (await listActiveSites(this.dataSource)).filter(
      (site) => site.ends_on === null || site.ends_on >= siteToday(site.timezone, now),
    );
  }

  private findSite(sites: PublicSiteRow[], siteId: string): PublicSiteRow {
    const site = sites.find((candidate) => candidate.id === siteId);
    if (!site) {
      throw new NotFoundException(
        "Ce site n'existe pas ou n'accueille plus d'événements : choisissez-en un autre dans l'agenda.",
      );
    }
    return site;
  }

  private readonly toCalendarInput = (event: PublicEventRow) => ({
    eventId: event.id,
    title: event.title,
    description: event.description,
    type: event.type,
    themes: event.themes,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    siteName: event.siteName,
    siteAddress: event.siteAddress,
    timezone: event.timezone,
    hasVisio: event.hasVisio,
    isCancelled: event.isCancelled,
    changedAt: event.changedAt,
    eventUrl: `${this.config.publicUrl}/evenements/${event.id}`,
  });
}

function toPublicAgendaSite(site: PublicSiteRow): PublicAgendaSite {
  return {
    id: site.id,
    name: site.name,
    address: site.address,
    timezone: site.timezone,
    kind: site.kind,
    startsOn: site.starts_on,
    endsOn: site.ends_on,
  };
}

function toPublicEvent(event: PublicEventRow): PublicEvent {
  return {
    id: event.id,
    siteId: event.siteId,
    siteName: event.siteName,
    siteKind: event.siteKind,
    timezone: event.timezone,
    title: event.title,
    description: event.description,
    type: event.type,
    themes: event.themes,
    date: event.date,
    startTime: formatSiteTime(event.startsAt, event.timezone),
    endTime: formatSiteTime(event.endsAt, event.timezone),
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    hasVisio: event.hasVisio,
  };
}
