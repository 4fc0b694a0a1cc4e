import * as shared from '@admz/shared';
import { z } from 'zod';
import type { AccessLevel } from '../auth/access.decorators';
import type { ApiRoute } from './openapi';

type Section = {
  title: string;
  /** Conventions of the section that no single route says. */
  intro?: string;
  /** After the table: what happens in the background. */
  outro?: string;
  holds: (route: ApiRoute) => boolean;
};

const startsWith =
  (...prefixes: string[]) =>
  (route: ApiRoute) =>
    prefixes.some((prefix) => route.path.startsWith(prefix));

const isSiteConsoleRoute = (route: ApiRoute) =>
  (/^\/api\/sites\/\{siteId\}\/zones(\/order|\/\{zoneId\})?$/.test(route.path) &&
    route.method !== 'get') ||
  /^\/api\/sites\/\{siteId\}\/desks\/(bulk|deactivation|reactivation)$/.test(route.path);
const isFloorPlanRoute = (route: ApiRoute) =>
  (!isSiteConsoleRoute(route) && /^\/api\/sites\/\{siteId\}\/zones/.test(route.path)) ||
  route.path.endsWith('/plan-position') ||
  route.path.startsWith('/api/kiosk/zones/');
const isKioskRoute = (route: ApiRoute) =>
  !isFloorPlanRoute(route) &&
  (route.path.startsWith('/api/kiosk') ||
    route.path.startsWith('/api/sites/{siteId}/kiosks') ||
    route.path === '/api/sites/{siteId}/live');
const isNetworkAdministrationRoute = (route: ApiRoute) =>
  /^\/api\/sites\/\{siteId\}\/(hosts|host-invitations)/.test(route.path) ||
  route.path.startsWith('/api/people') ||
  route.path.startsWith('/api/admin/');
const isHostDayRoute = (route: ApiRoute) =>
  /^\/api\/sites\/\{siteId\}\/(today|evacuation|people|bookings)(\/|$)/.test(route.path);
const isStatisticsRoute = (route: ApiRoute) =>
  /^\/api\/sites\/\{siteId\}\/analytics/.test(route.path) ||
  startsWith('/api/analytics', '/api/open-statistics', '/api/open-data/')(route);
const isEventRoute = (route: ApiRoute) =>
  route.path.startsWith('/api/events') ||
  route.path === '/api/public/events' ||
  /^\/api\/sites\/\{siteId\}\/events/.test(route.path);
const isPresenceRoute = (route: ApiRoute) =>
  startsWith('/api/presence/', '/api/me/presence-profile')(route) ||
  /^\/api\/bookings\/\{bookingId\}\/presence$/.test(route.path);
const isRoomRoute = (route: ApiRoute) =>
  route.path.startsWith('/api/rooms') || /^\/api\/sites\/\{siteId\}\/rooms/.test(route.path);
const isGuestRoute = (route: ApiRoute) =>
  startsWith('/api/guests/', '/api/public/guest-invitations/')(route) ||
  route.path === '/api/guests/invitations' ||
  /^\/api\/sites\/\{siteId\}\/guests\//.test(route.path);
const isCalendarRoute = (route: ApiRoute) =>
  route.path.startsWith('/api/me/calendar-feed') ||
  route.path.startsWith('/api/calendar/') ||
  route.path.endsWith('.ics');

/**
 * The sections of the reference, in order. Each route belongs to exactly one: a new route that
 * no section holds, or two do, fails the reference's test, so its author places it.
 */
export const apiSections: Section[] = [
  {
    title: 'Health (load balancers)',
    holds: startsWith('/api/health'),
  },
  {
    title: 'Login (browser redirects)',
    holds: (route) =>
      route.path.startsWith('/api/auth/') || (route.path === '/api/me' && route.method === 'get'),
  },
  {
    title: 'Sites, desks, opening hours and rules',
    intro: `A site is \`permanent\`, or \`temporary\` (a tour day in a partner third-place) with \`startsOn\` and
\`endsOn\` (site calendar) and an announced \`capacity\` (informative: agents book its desks).
Agents see a temporary site from 30 days before its first day; a booking outside its dates, or
at an archived site, is refused (422) like a closed day. Admins archive and restore sites.`,
    holds: (route) =>
      route.path.startsWith('/api/sites') &&
      !isNetworkAdministrationRoute(route) &&
      !isFloorPlanRoute(route) &&
      !isSiteConsoleRoute(route) &&
      !isKioskRoute(route) &&
      !isCalendarRoute(route) &&
      !isHostDayRoute(route) &&
      !isStatisticsRoute(route) &&
      !isEventRoute(route) &&
      !isRoomRoute(route) &&
      !isGuestRoute(route),
  },
  {
    title: 'Site console: zones and desks (hosts)',
    intro: `A zone is a row of its own (\`zones\`: id, name, position), so it exists before its desks, is
renamed — desks, plan, waiting entries and the hourly-zone rule follow in the same transaction —
and ordered. A desk written with a zone the site does not have yet creates it, last. Taking desks
out of booking follows the rule of a change of hours: 409 listing the bookings it would cancel,
then \`confirm: true\` cancels them, mails each holder and serves the waiting lists. Every change
writes its audit rows (\`zone.*\`, \`desks.bulk-created\`, \`desk.deactivated\` with the cancelled
booking ids, \`desk.reactivated\`) in its own transaction.`,
    holds: isSiteConsoleRoute,
  },
  {
    title: 'Network administration (admins)',
    intro: `Admins appoint the hosts of each site. A person who has logged in is made host at once;
an address nobody has logged in with yet waits as an invitation, turned into the role at that
person's first login. Every host and admin action is written to the audit log in the same
transaction as the change (\`audit_events\`: who, what, when, before and after).`,
    holds: isNetworkAdministrationRoute,
  },
  {
    title: 'Statistics and open data',
    intro: `Figures are PostgreSQL aggregates over a period of site-calendar days (\`from\`, \`to\`, both
included, at most 366 days). Capacity: desks active today × 2 half-days × open days (weekly hours,
exceptions and public holidays). A desk half-day is booked when a booking neither cancelled nor
released holds it; a no-show is an ended booking nobody checked in to; a visit a booking checked in
or still to come. Administrations are the SIRET (else the label) copied onto each booking when it
is made, so they survive the booking's anonymisation. Names of repeat visitors are sent only when
the site's switch (\`PUT …/analytics-settings\`, admins) says so. CSV: UTF-8 with BOM, \`;\`, decimal
comma, CRLF. Open statistics and open data are public, without personal data; figures over fewer
than 5 people are withheld.`,
    holds: isStatisticsRoute,
  },
  {
    title: 'Floor plans',
    intro: `A zone is named by its text, as desks carry it (\`Plateau ouvert\`); in a URL it is one path segment
encoded with \`encodeURIComponent\` (\`/zones/Bureau%20partag%C3%A9/plan\`). Desk positions are
fractions (0–1) of the plan's width and height, so they survive a plan replaced by a larger image
of the same floor. \`Desk\` and each desk of \`Availability\` carry \`planPosition: { x, y } | null\`.`,
    holds: isFloorPlanRoute,
  },
  {
    title: 'Bookings',
    holds: (route) =>
      (route.path.startsWith('/api/bookings') && !isPresenceRoute(route)) ||
      route.path === '/api/me/pass',
  },
  {
    title: 'Recurring bookings and waitlist',
    holds: startsWith('/api/booking-series', '/api/waitlist'),
    outro: `A cancellation or a no-show release queues a \`waitlist.promote\` pg-boss job; a worker (in any
API process) books a free desk for the oldest waiting entry of that site and day (zone respected,
desks assigned to someone else skipped) and tells the person. Waiting entries expire when their
slot starts — or, where the site releases no-shows, once the last release of the slot has passed
(start + the site's delay) — (\`waitlist.expire\`, every minute); \`bookings.remind-day-before\` runs
hourly and reminds each of tomorrow's bookings once, from \`REMINDER_HOUR\` on the site's clock.
\`attendance.sweep\` runs every minute and at start-up: it releases bookings nobody checked in
\`noShowReleaseMinutes\` after their start (or after they were made, when later) — status \`absent\`,
holder told, waiting list served — and checks out at closing time the people still checked in.`,
  },
  {
    title: 'Events',
    intro: `Any agent proposes an event at a site (\`proposed\`); the site's hosts approve it (\`approved\`) or
decline it with a reason, mailed (\`declined\`), or create one approved at once. An approved event
holds its zone: an exclusion constraint refuses a second approved event overlapping it there, and
a booking of a desk of that zone over the event is refused (409). Approving lists the confirmed
desk bookings it would cancel (409 with \`affectedBookings\`) until \`confirm: true\`; then they
are cancelled and their holders mailed, in the approval's transaction. Agents register to an
approved event in person (within its places, then a waiting list served in order when someone
leaves, mailed) or remotely (no limit, the visio link given once registered and mailed 30
minutes before the start, once). The event's organisers — who proposed it, and the site's hosts —
see the registrants, write to them, and cancel it with a reason: its zone is free again and
everyone registered is mailed. Event mails carry an \`.ics\` (UID
\`evenement-<id>@admz.beta.gouv.fr\`) and registered events are in the personal iCal feed.
Approved events whose \`audience\` is \`public\` make the public agenda, read without login
(\`GET /api/public/events\`, feeds under \`/api/public/…/events.ics\`): no person, no visio link.
At a temporary site (a tour stop) an event falls within its first and last day (422 otherwise).`,
    holds: isEventRoute,
  },
  {
    title: '« Qui est là ? » (opt-in presence)',
    intro: `Off by default. An agent shows other agents that they are at a site on a day — name,
administration (ProConnect's \`organization_label\`), work summary, skill tags, zone and slot — by
turning their profile on, or one booking on (\`presence: true\`); a booking's \`false\` hides that
day, \`null\` follows the profile. Only bookings holding their desk count; people who did not opt
in are neither listed nor counted among the administrations present. Hosts and admins get exactly
what agents get; no answer carries an e-mail or a user id (\`key\` is opaque). « Quitter » deletes
the profile row at once; deleting the account deletes it too.`,
    holds: isPresenceRoute,
  },
  {
    title: 'Rooms and large tables',
    intro: `A site's rooms and large tables are booked by the hour for a group, apart from desks: quarter-hour
boundaries within one opening range of the day, 30 minutes at least, and the site's room rules
(at most 4 h, 30 days ahead and 3 upcoming bookings per person by default). One exclusion
constraint on \`room_bookings\` keeps any two holds of a room apart; an approved event in a room
holds it through a row of the same table.`,
    holds: isRoomRoute,
  },
  {
    title: 'Guests',
    intro: `An agent invites someone from outside the administration (no ProConnect account) for a day at
a site: name, e-mail, organisation, optional SIRET (Luhn-checked), reason; at most 5 invitations
per agent and day (counted under an advisory lock of the agent's day) and one per person, site
and day (409). A site with \`guests_need_approval\` (the default) waits for a host's approval or
decline (with a reason, mailed to the inviter, audited); otherwise it is approved at once. Once
approved, the guest is mailed a secret link (\`/invitation/<secret>\`, only its SHA-256 kept,
renewed with each guest mail) to a public page: the site's usage charter to accept, if any, then
on the day a rotating QR pass (kind \`admz-guest\`) with a typed code for the kiosk. Guests
appear on the host's board and, once checked in, on the evacuation list. Their personal data is
erased three months after the visit by the retention job.`,
    holds: isGuestRoute,
  },
  {
    title: "The host's day: today's board, arrivals by hand, evacuation",
    intro: `The board reads the site's today (site calendar) from the database on each call: a host's page
refreshes it when the live stream (\`GET /api/sites/{siteId}/live\`) announces an \`attendance\`
event, so a reload loses nothing. A host may mark an arrival or a departure by hand, and book or
cancel for a person; each booking keeps which host did it (\`booked_by_user_id\`,
\`cancelled_by_user_id\`, \`checked_in_by_user_id\`, \`checked_out_by_user_id\`), each action is an
audit row written in the change's transaction, and the person is mailed when a host books or
cancels for them.`,
    holds: isHostDayRoute,
  },
  {
    title: 'Kiosks and check-in at the door',
    intro: `A kiosk is a device of one site. A host creates it and gets a one-time pairing code (8 characters,
10 minutes); the tablet exchanges it for its device credential, sent afterwards as
\`Authorization: Bearer <credential>\`. Only hashes of both are stored.`,
    holds: isKioskRoute,
  },
  {
    title: 'Calendar feeds (iCalendar)',
    holds: isCalendarRoute,
  },
  {
    title: 'Mail (development)',
    intro: `Booking confirmed, cancelled, waitlist promotion, day-before reminder and hours change send a
French mail (text + HTML). Confirmations carry the QR code (inline PNG) and an \`.ics\`
invitation (\`METHOD:REQUEST\`); cancellations an \`.ics\` with \`METHOD:CANCEL\` and the same UID.`,
    holds: startsWith('/api/dev/'),
  },
  {
    title: 'Personal data (RGPD) and security contact',
    holds: (route) =>
      route.path.startsWith('/api/me/data') ||
      (route.path === '/api/me' && route.method === 'delete') ||
      startsWith('/api/privacy/', '/.well-known/')(route),
    outro: `\`privacy.retention-purge\` runs daily at 03:15 UTC (pg-boss cron): presence times and offline scans
erased after \`RETENTION_PRESENCE_MONTHS\`, bookings unlinked from their person and series and
waiting entries deleted after \`RETENTION_BOOKINGS_MONTHS\`, expired sessions and login attempts,
old dev-outbox mails and archived jobs deleted. An anonymised booking appears in \`Presence\` with
\`person: null\`.`,
  },
];

const preamble = `# AdmZ HTTP API

<!-- Generated from the route table (apps/api/src/openapi/openapi.ts) and the controllers' access
decorators by \`npm run docs:api\`; a unit test fails when this file is not current. -->

Every request and response shape is a zod schema in \`libs/shared\` (the names below). The same
table is served as an OpenAPI document at \`/api/docs\` (JSON at \`/api/docs/openapi.json\`).

Errors always have the shape \`errorResponseSchema\`:
\`{ statusCode, error, message, issues? }\` — \`message\` is a French sentence to show as is;
\`issues\` lists \`{ path, message }\` for each invalid field (400).

Authentication: agents and hosts carry the httpOnly session cookie \`admz_session\` set by the
login flow. Kiosks send \`Authorization: Bearer <device credential>\`. Anything else gets 401.
The « who » column is read from the controllers' decorators: *agent* is any logged-in public
agent (a route about « my » things acts on the caller's own), *host of the site* is a host of
the site named in the path, and admins pass every host check.

State changes (\`POST\`, \`PUT\`, \`PATCH\`, \`DELETE\`) must come from AdmZ's own pages: the browser's
\`Sec-Fetch-Site: same-origin\`, or an \`Origin\` equal to \`PUBLIC_URL\`, else 403 — except requests
carrying an \`Authorization\` header (kiosks), which hold no ambient credential. Their bodies are
JSON (\`Content-Type: application/json\`, at most 1 MB), else 415; the zone plan and site photo
uploads alone take an image.`;

const whoLabels: Record<AccessLevel, string> = {
  public: 'public',
  agent: 'agent',
  'site-host': 'host of the site, admin',
  'event-organiser': "the event's proposer, host of the site, admin",
  admin: 'admin',
  kiosk: 'kiosk',
};

/** The shared contract's schemas by identity: `createBookingSchema` → its export name. */
const schemaNames = new Map<unknown, string>(
  Object.entries(shared)
    .filter(([name]) => name.endsWith('Schema'))
    .map(([name, schema]) => [schema, name]),
);

function nameOf(schema: z.core.$ZodType, kind: 'body' | 'response'): string {
  if (schema instanceof z.ZodArray) return `${nameOf(schema.element, kind)}[]`;
  const name = schemaNames.get(schema);
  if (!name) throw new Error('a route uses a schema that libs/shared does not export');
  if (kind === 'body') return name;
  const typeName = name.replace(/Schema$/, '');
  return typeName.charAt(0).toUpperCase() + typeName.slice(1);
}

export function sectionOf(route: ApiRoute): string {
  const holding = apiSections.filter((candidate) => candidate.holds(route));
  const [section] = holding;
  if (!section || holding.length > 1) {
    throw new Error(
      `${route.method.toUpperCase()} ${route.path} is in ${holding.length} sections of the API reference, not one`,
    );
  }
  return section.title;
}

function describe(route: ApiRoute): string {
  const body = route.body ? `\`${nameOf(route.body, 'body')}\` ` : '';
  const response = route.response ? `→ \`${nameOf(route.response, 'response')}\`` : '';
  const status = route.status && route.status !== 200 ? ` (${route.status})` : '';
  const shape = `${body}${response}${status}`.trim();
  const text = [route.summary, route.details].filter(Boolean).join('. ');
  return [shape, text].filter(Boolean).join(': ').replace(/\|/g, '\\|');
}

function displayPath(route: ApiRoute): string {
  const query = Object.keys(route.query ?? {});
  const path = route.path.replace(/\{(\w+)\}/g, ':$1');
  return query.length > 0 ? `${path}?${query.map((name) => `${name}=…`).join('&')}` : path;
}

/** The reference as Markdown (to be formatted by Prettier before it is written or compared). */
export function renderApiReference(
  routes: ApiRoute[],
  accessOf: (route: ApiRoute) => AccessLevel,
): string {
  const parts = [preamble];
  for (const section of apiSections) {
    const inSection = routes.filter((route) => sectionOf(route) === section.title);
    if (inSection.length === 0) continue;
    parts.push(`## ${section.title}`);
    if (section.intro) parts.push(section.intro);
    parts.push(
      [
        '| route | who | body → response: what |',
        '| --- | --- | --- |',
        ...inSection.map(
          (route) =>
            `| \`${route.method.toUpperCase()} ${displayPath(route)}\` | ${whoLabels[accessOf(route)]} | ${describe(route)} |`,
        ),
      ].join('\n'),
    );
    if (section.outro) parts.push(section.outro);
  }
  return `${parts.join('\n\n')}\n`;
}
