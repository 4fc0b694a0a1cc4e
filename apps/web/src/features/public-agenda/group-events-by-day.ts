import type { PublicAgendaSite, PublicEvent } from '@admz/shared';

export type AgendaDay = { date: string; events: PublicEvent[] };

/** Events in date order, one group per day (site calendar), in the order they come. */
export function groupEventsByDay(events: PublicEvent[]): AgendaDay[] {
  const days: AgendaDay[] = [];
  for (const event of events) {
    const last = days.at(-1);
    if (last?.date === event.date) last.events.push(event);
    else days.push({ date: event.date, events: [event] });
  }
  return days;
}

export type TourStop = { site: PublicAgendaSite; events: PublicEvent[] };

/** The temporary sites to come (the API leaves out those over), soonest first, with their events. */
export function listTourStops(sites: PublicAgendaSite[], events: PublicEvent[]): TourStop[] {
  return sites
    .filter((site) => site.kind === 'temporary')
    .sort((a, b) => (a.startsOn ?? '').localeCompare(b.startsOn ?? ''))
    .map((site) => ({ site, events: events.filter((event) => event.siteId === site.id) }));
}
