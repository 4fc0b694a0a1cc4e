import { z } from 'zod/mini';
import { isoDateSchema } from './common';
import { eventSchema } from './events';
import { siteKindSchema } from './sites';

/** The page of the public agenda, readable without logging in. */
export const publicAgendaPath = '/agenda';
/**
 * The compact agenda another site puts in an iframe: the only page AdmZ lets a third party
 * frame (the API's security headers read this path).
 */
export const publicAgendaEmbedPath = '/agenda/integrer';

/** The iCalendar feed of the whole network's public events. */
export const publicEventsFeedPath = '/api/public/events.ics';
/** The iCalendar feed of one site's public events. */
export const publicSiteEventsFeedPath = (siteId: string) =>
  `/api/public/sites/${encodeURIComponent(siteId)}/events.ics`;

/** Query of `GET /api/public/events`: the agenda of one site, or of the whole network. */
export const publicEventsQuerySchema = z.object({
  siteId: z.optional(z.uuid({ message: 'Identifiant de site invalide.' })),
});
export type PublicEventsQuery = z.infer<typeof publicEventsQuerySchema>;

/** A site as the public agenda shows it: where, and for a tour stop, when. */
export const publicAgendaSiteSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  timezone: z.string(),
  kind: siteKindSchema,
  /** A temporary site's first and last day (site calendar); null for a permanent site. */
  startsOn: z.nullable(isoDateSchema),
  endsOn: z.nullable(isoDateSchema),
});
export type PublicAgendaSite = z.infer<typeof publicAgendaSiteSchema>;

/**
 * A public event as anyone may read it: no proposer, no visio link, no registrant. Every event
 * has places in the room; `hasVisio` says it can also be followed remotely.
 */
export const publicEventSchema = z.extend(
  z.pick(eventSchema, {
    id: true,
    siteId: true,
    siteName: true,
    timezone: true,
    title: true,
    description: true,
    type: true,
    themes: true,
    date: true,
    startTime: true,
    endTime: true,
    startsAt: true,
    endsAt: true,
    hasVisio: true,
  }),
  { siteKind: siteKindSchema },
);
export type PublicEvent = z.infer<typeof publicEventSchema>;

/** Answer of `GET /api/public/events`: the active sites (permanent, and tour stops to come) and the events. */
export const publicAgendaSchema = z.object({
  sites: z.array(publicAgendaSiteSchema),
  events: z.array(publicEventSchema),
});
export type PublicAgenda = z.infer<typeof publicAgendaSchema>;
