import type {
  ArchiveSearchResult,
  BookingSeriesResult,
  CalendarFeed,
  CheckInResult,
  KioskPairing,
  OpeningHours,
  PersonPass,
  Site,
  SiteHosts,
  SiteRules,
  WaitlistEntry,
  Desk,
  ZoneSummary,
} from '@admz/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SiteRole, User } from '../src/users/user.entity';
import {
  addDays,
  book,
  bookDayWithPass,
  createKiosk,
  testKioskSettingsPin,
  nextWeekday,
  openAllDayToday,
  startDemoApp,
  type DemoSessions,
  type DemoSite,
} from './fixtures';
import { fillPath, loadServedOperations, type ServedOperation } from './served-operations';
import { call, demoClaims, openSessionFor, openSessionForNewAgent, type TestApp } from './test-app';

/**
 * Who may call what: every operation of the served OpenAPI document × every kind of caller,
 * with the status a well-formed request gets. A new route cannot ship without its row.
 * Columns: anonymous, agent, host of the site in the path (Paris), host of another site
 * (Lyon), admin, a paired kiosk of Paris (Bearer). Ids in paths are Paris's; resources that
 * belong to a person (a booking, a series, a waiting-list entry) belong to the agent.
 */
const callers = ['anonymous', 'agent', 'host', 'otherHost', 'admin', 'kiosk'] as const;
type Caller = (typeof callers)[number];
type Row = [
  anonymous: number,
  agent: number,
  host: number,
  otherHost: number,
  admin: number,
  kiosk: number,
];

// prettier-ignore
const accessMatrix: Record<string, Row> = {
  //                                                                   anon agent host other admin kiosk
  'GET /api/health':                                                  [200, 200, 200, 200, 200, 200],
  'GET /api/health/ready':                                            [200, 200, 200, 200, 200, 200],
  'GET /.well-known/security.txt':                                    [200, 200, 200, 200, 200, 200],
  'GET /api/privacy/retention':                                       [200, 200, 200, 200, 200, 200],
  'GET /api/auth/login':                                              [302, 302, 302, 302, 302, 302],
  'GET /api/auth/callback':                                           [302, 302, 302, 302, 302, 302],
  'POST /api/auth/logout':                                            [303, 303, 303, 303, 303, 303],
  'GET /api/auth/logout/callback':                                    [302, 302, 302, 302, 302, 302],
  'GET /api/me':                                                      [401, 200, 200, 200, 200, 401],
  'GET /api/me/pass':                                                 [401, 200, 200, 200, 200, 401],
  'GET /api/me/data':                                                 [401, 200, 200, 200, 200, 401],
  'GET /api/me/data/download':                                        [401, 200, 200, 200, 200, 401],
  'DELETE /api/me':                                                   [401, 200, 200, 200, 200, 401],
  'GET /api/me/calendar-feed':                                        [401, 200, 200, 200, 200, 401],
  'POST /api/me/calendar-feed/regenerate':                            [401, 200, 200, 200, 200, 401],
  'GET /api/calendar/{token}.ics':                                    [200, 200, 200, 200, 200, 200],
  'DELETE /api/me/calendar-feed':                                     [401, 200, 200, 200, 200, 401],
  'GET /api/sites':                                                   [401, 200, 200, 200, 200, 401],
  'POST /api/sites':                                                  [401, 403, 403, 403, 201, 401],
  'GET /api/sites/{siteId}':                                          [401, 200, 200, 200, 200, 401],
  'PATCH /api/sites/{siteId}':                                        [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/archive':                                 [401, 403, 403, 403, 200, 401],
  'POST /api/sites/{siteId}/restore':                                 [401, 403, 403, 403, 200, 401],
  'PUT /api/sites/{siteId}/photo':                                    [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/photo':                                    [401, 200, 200, 200, 200, 401],
  'DELETE /api/sites/{siteId}/photo':                                 [401, 403, 200, 403, 200, 401],
  'GET /api/admin/sites':                                             [401, 403, 403, 403, 200, 401],
  'GET /api/sites/{siteId}/closures.ics':                             [200, 200, 200, 200, 200, 200],
  'GET /api/sites/{siteId}/desks':                                    [401, 200, 200, 200, 200, 401],
  'POST /api/sites/{siteId}/desks':                                   [401, 403, 201, 403, 201, 401],
  'PATCH /api/sites/{siteId}/desks/{deskId}':                         [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/desks/{deskId}/plan-position':             [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/desks/bulk':                              [401, 403, 201, 403, 201, 401],
  'POST /api/sites/{siteId}/desks/deactivation':                      [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/desks/reactivation':                      [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/zones':                                   [401, 403, 201, 403, 201, 401],
  'PUT /api/sites/{siteId}/zones/order':                              [401, 403, 200, 403, 200, 401],
  'PATCH /api/sites/{siteId}/zones/{zoneId}':                         [401, 403, 200, 403, 200, 401],
  'DELETE /api/sites/{siteId}/zones/{zoneId}':                        [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/zones':                                    [401, 200, 200, 200, 200, 401],
  'PUT /api/sites/{siteId}/zones/{zone}/plan':                        [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/zones/{zone}/plan':                        [401, 200, 200, 200, 200, 401],
  'DELETE /api/sites/{siteId}/zones/{zone}/plan':                     [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/opening-hours':                            [401, 200, 200, 200, 200, 401],
  'PUT /api/sites/{siteId}/opening-hours/weekly':                     [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/opening-hours/exceptions/{date}':          [401, 403, 200, 403, 200, 401],
  'DELETE /api/sites/{siteId}/opening-hours/exceptions/{date}':       [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/rules':                                    [401, 200, 200, 200, 200, 401],
  'PUT /api/sites/{siteId}/rules':                                    [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/hosts':                                    [401, 403, 403, 403, 200, 401],
  'POST /api/sites/{siteId}/hosts':                                   [401, 403, 403, 403, 200, 401],
  'DELETE /api/sites/{siteId}/hosts/{userId}':                        [401, 403, 403, 403, 200, 401],
  'DELETE /api/sites/{siteId}/host-invitations/{invitationId}':       [401, 403, 403, 403, 200, 401],
  'GET /api/people':                                                  [401, 403, 403, 403, 200, 401],
  'GET /api/admin/audit':                                             [401, 403, 403, 403, 200, 401],
  'GET /api/sites/{siteId}/analytics':                                [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/analytics/{table}.csv':                    [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/analytics-settings':                       [401, 403, 403, 403, 200, 401],
  'GET /api/analytics/network':                                       [401, 403, 403, 403, 200, 401],
  'GET /api/analytics/network.csv':                                   [401, 403, 403, 403, 200, 401],
  'GET /api/open-statistics':                                         [200, 200, 200, 200, 200, 200],
  'GET /api/open-statistics.csv':                                     [200, 200, 200, 200, 200, 200],
  'GET /api/open-data/sites':                                         [200, 200, 200, 200, 200, 200],
  'GET /api/public/events':                                           [200, 200, 200, 200, 200, 200],
  'GET /api/public/events.ics':                                       [200, 200, 200, 200, 200, 200],
  'GET /api/public/sites/{siteId}/events.ics':                        [200, 200, 200, 200, 200, 200],
  'GET /api/sites/{siteId}/key-holders':                              [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/key-holders':                              [401, 403, 200, 403, 200, 401],
  'DELETE /api/sites/{siteId}/key-holders/{userId}':                  [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/desk-assignments':                         [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/desk-assignments/{deskId}':                [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/availability':                             [401, 200, 200, 200, 200, 401],
  'GET /api/sites/{siteId}/availability/summary':                     [401, 200, 200, 200, 200, 401],
  'GET /api/sites/{siteId}/presence':                                 [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/live':                                     [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/today':                                    [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/evacuation':                               [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/people':                                   [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/bookings':                                [401, 403, 201, 403, 201, 401],
  'POST /api/sites/{siteId}/bookings/{bookingId}/cancel':             [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/bookings/{bookingId}/arrival':            [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/bookings/{bookingId}/departure':          [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/kiosks':                                   [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/kiosks':                                  [401, 403, 201, 403, 201, 401],
  'POST /api/sites/{siteId}/kiosks/{kioskId}/pairing-code':           [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/kiosks/{kioskId}/revoke':                 [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/kiosks/{kioskId}/settings-pin':            [401, 403, 200, 403, 200, 401],
  'POST /api/bookings':                                               [401, 201, 201, 201, 201, 401],
  'POST /api/bookings/any-desk':                                      [401, 201, 201, 201, 201, 401],
  'GET /api/bookings/mine':                                           [401, 200, 200, 200, 200, 401],
  'POST /api/bookings/{bookingId}/cancel':                            [401, 200, 404, 404, 404, 401],
  'GET /api/bookings/{bookingId}/pass':                               [401, 200, 404, 404, 404, 401],
  'POST /api/booking-series':                                         [401, 201, 201, 201, 201, 401],
  'POST /api/booking-series/{seriesId}/cancel':                       [401, 200, 404, 404, 404, 401],
  'POST /api/waitlist':                                               [401, 201, 201, 201, 201, 401],
  'GET /api/waitlist/mine':                                           [401, 200, 200, 200, 200, 401],
  'DELETE /api/waitlist/{entryId}':                                   [401, 200, 404, 404, 404, 401],
  'POST /api/kiosk/pair':                                             [201, 201, 201, 201, 201, 201],
  'GET /api/kiosk/keys':                                              [200, 200, 200, 200, 200, 200],
  'GET /api/kiosk/me':                                                [401, 401, 401, 401, 401, 200],
  'GET /api/kiosk/live':                                              [401, 401, 401, 401, 401, 200],
  'GET /api/kiosk/zones/{zone}/plan':                                 [401, 401, 401, 401, 401, 200],
  'POST /api/kiosk/check-ins':                                        [401, 401, 401, 401, 401, 200],
  'POST /api/kiosk/check-outs':                                       [401, 401, 401, 401, 401, 200],
  'POST /api/kiosk/walk-ins':                                         [401, 401, 401, 401, 401, 201],
  'POST /api/kiosk/check-ins/offline':                                [401, 401, 401, 401, 401, 200],
  'POST /api/kiosk/settings-unlock':                                  [401, 401, 401, 401, 401, 200],
  'GET /api/dev/outbox':                                              [401, 200, 200, 200, 200, 401],
  'GET /api/events':                                                  [401, 200, 200, 200, 200, 401],
  'GET /api/events/mine':                                             [401, 200, 200, 200, 200, 401],
  'GET /api/events/registered':                                       [401, 200, 200, 200, 200, 401],
  'GET /api/events/{eventId}':                                        [401, 200, 200, 200, 200, 401],
  'GET /api/sites/{siteId}/events':                                   [401, 200, 200, 200, 200, 401],
  'POST /api/sites/{siteId}/events':                                  [401, 201, 201, 201, 201, 401],
  'GET /api/sites/{siteId}/events/pending':                           [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/events/hosted':                           [401, 403, 201, 403, 201, 401],
  'POST /api/sites/{siteId}/events/{eventId}/approval':               [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/events/{eventId}/decline':                [401, 403, 200, 403, 200, 401],
  'GET /api/events/{eventId}/registration':                           [401, 200, 200, 200, 200, 401],
  'POST /api/events/{eventId}/registration':                          [401, 200, 200, 200, 200, 401],
  'DELETE /api/events/{eventId}/registration':                        [401, 200, 200, 200, 200, 401],
  'GET /api/sites/{siteId}/events/{eventId}/registrations':           [401, 200, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/events/{eventId}/attendance':              [401, 200, 200, 403, 200, 401],
  // Registered in person three weeks ahead: past the guard, the pass is only shown on the day.
  'GET /api/events/{eventId}/pass':                                   [401, 422, 422, 422, 422, 401],
  'POST /api/sites/{siteId}/events/{eventId}/cancellation':           [401, 200, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/events/{eventId}/message':                [401, 200, 200, 403, 200, 401],
  'GET /api/me/presence-profile':                                     [401, 200, 200, 200, 200, 401],
  'PUT /api/me/presence-profile':                                     [401, 200, 200, 200, 200, 401],
  'DELETE /api/me/presence-profile':                                  [401, 200, 200, 200, 200, 401],
  'PATCH /api/bookings/{bookingId}/presence':                         [401, 200, 404, 404, 404, 401],
  'GET /api/presence/bookings':                                       [401, 200, 200, 200, 200, 401],
  'GET /api/presence/search':                                         [401, 200, 200, 200, 200, 401],
  'GET /api/presence/sites/{siteId}/days/{date}':                     [401, 200, 200, 200, 200, 401],
  'GET /api/events/archive':                                          [401, 200, 200, 200, 200, 401],
  'GET /api/events/{eventId}/archive':                                [401, 200, 200, 200, 200, 401],
  'PUT /api/sites/{siteId}/events/{eventId}/archive':                 [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/rooms':                                    [401, 200, 200, 200, 200, 401],
  'POST /api/sites/{siteId}/rooms':                                   [401, 403, 201, 403, 201, 401],
  'PATCH /api/sites/{siteId}/rooms/{roomId}':                         [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/rooms/availability':                       [401, 200, 200, 200, 200, 401],
  'GET /api/sites/{siteId}/rooms/bookings':                           [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/rooms/rules':                              [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/rooms/rules':                              [401, 403, 200, 403, 200, 401],
  'DELETE /api/sites/{siteId}/rooms/bookings/{roomBookingId}':        [401, 403, 200, 403, 200, 401],
  'POST /api/rooms/bookings':                                         [401, 201, 201, 201, 201, 401],
  'GET /api/rooms/bookings/mine':                                     [401, 200, 200, 200, 200, 401],
  // The agent's own booking: a person it does not name gets 404, whatever their role.
  'DELETE /api/rooms/bookings/{roomBookingId}':                       [401, 200, 404, 404, 404, 401],
  'POST /api/guests/invitations':                                     [401, 201, 201, 201, 201, 401],
  'GET /api/guests/invitations':                                      [401, 200, 200, 200, 200, 401],
  // Someone else's invitation: not the caller's, as good as unknown.
  'POST /api/guests/invitations/{invitationId}/cancel':                [401, 200, 404, 404, 404, 401],
  'GET /api/sites/{siteId}/guests/invitations':                       [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/guests/invitations/{invitationId}/approval': [401, 403, 200, 403, 200, 401],
  'POST /api/sites/{siteId}/guests/invitations/{invitationId}/decline': [401, 403, 200, 403, 200, 401],
  'GET /api/sites/{siteId}/guests/settings':                          [401, 403, 200, 403, 200, 401],
  'PUT /api/sites/{siteId}/guests/settings':                          [401, 403, 200, 403, 200, 401],
  // The secret link is the credential: whoever holds it reads the guest's page.
  'GET /api/public/guest-invitations/{secret}':                       [200, 200, 200, 200, 200, 200],
  'POST /api/public/guest-invitations/{secret}/charter-acceptance':    [200, 200, 200, 200, 200, 200],
};

/** Routes the document does not list that still answer: each must stay out of it, with its row here. */
// prettier-ignore
const outsideDocument: Record<string, Row> = {
  'GET /api/docs':                                                    [200, 200, 200, 200, 200, 200],
  'GET /api/docs/openapi.json':                                       [200, 200, 200, 200, 200, 200],
  'GET /oidc/.well-known/openid-configuration':                       [200, 200, 200, 200, 200, 200],
  'GET /api/no-such-route':                                           [404, 404, 404, 404, 404, 404],
  'DELETE /api/sites':                                                [404, 404, 404, 404, 404, 404],
};

/** A well-formed request of one cell; `cleanUp` undoes what a success changed. */
type CellRequest = {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** A fresh session instead of the caller's own (logging out ends the session it is sent with). */
  cookie?: string;
  cleanUp?: (status: number, body: unknown) => Promise<void>;
};
type RequestBuilder = (caller: Caller) => Promise<CellRequest> | CellRequest;

/** The host of another site: Lyon. */
const lyonHostClaims = {
  sub: 'test-host-lyon',
  given_name: 'Hugo',
  usual_name: 'Roux',
  email: 'hugo.roux@example.gouv.fr',
  roles: ['agent_public'],
};

let t: TestApp;
let paris: DemoSite;
let lyon: DemoSite;
let cookies: DemoSessions;
let otherHostCookie: string;
let kioskCredential: string;
let today: string;
let day: string;
let fullLyonDay: string;
let parisBefore: { site: Site; rules: SiteRules; hours: OpeningHours };
let operations: ServedOperation[];

const svgPlan =
  '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="400" height="200" fill="#eee"/></svg>';

beforeAll(async () => {
  ({ t, paris, lyon, cookies } = await startDemoApp());
  otherHostCookie = await openSessionFor(t, lyonHostClaims);
  const lyonHost = await t.dataSource
    .getRepository(User)
    .findOneByOrFail({ sub: lyonHostClaims.sub });
  await t.dataSource
    .getRepository(SiteRole)
    .insert({ userId: lyonHost.id, siteId: lyon.id, role: 'host' });
  kioskCredential = (await createKiosk(t, cookies.hote, paris.id, 'Borne de la matrice'))
    .credential;
  today = await openAllDayToday(t, cookies.hote, paris);
  day = nextWeekday(t.clock, paris.timezone, 2);
  fullLyonDay = nextWeekday(t.clock, lyon.timezone, 4);
  for (const deskId of lyon.deskIds) {
    await book(t, await openSessionForNewAgent(t, 'Plein'), {
      siteId: lyon.id,
      deskId,
      date: fullLyonDay,
      slot: 'day',
    });
  }
  await uploadPlan('Plateau ouvert');
  parisBefore = {
    site: (await call<Site>(t, `/api/sites/${paris.id}`, { cookie: cookies.admin })).body,
    rules: (await call<SiteRules>(t, `/api/sites/${paris.id}/rules`, { cookie: cookies.admin }))
      .body,
    hours: (
      await call<OpeningHours>(t, `/api/sites/${paris.id}/opening-hours`, {
        cookie: cookies.admin,
      })
    ).body,
  };
  operations = await loadServedOperations(t);
});
afterAll(async () => {
  await t?.close();
});

describe('access matrix', () => {
  test('every operation of the served document has a row, and every row an operation', () => {
    const served = operations.map((operation) => operation.key);
    const withoutRow = served.filter((key) => !(key in accessMatrix));
    const withoutOperation = Object.keys(accessMatrix).filter((key) => !served.includes(key));
    const listedAfterAll = Object.keys(outsideDocument).filter((key) => served.includes(key));
    expect(
      withoutRow,
      'operations without a row in the access matrix: decide who may call them',
    ).toEqual([]);
    expect(withoutOperation, 'rows whose operation the document no longer lists').toEqual([]);
    expect(listedAfterAll, 'routes now in the document: move their row to the matrix').toEqual([]);
    expect(Object.keys(requests).sort()).toEqual(Object.keys(accessMatrix).sort());
  });

  test('each caller gets the expected status from every operation', async () => {
    const mismatches: string[] = [];
    for (const [key, row] of Object.entries(accessMatrix)) {
      const build = requests[key];
      if (!build) continue;
      for (const [index, caller] of callers.entries()) {
        const request = await build(caller);
        const answer = await send(key, caller, request);
        await request.cleanUp?.(answer.status, answer.body);
        if (answer.status !== row[index]) {
          mismatches.push(
            `${key} as ${caller}: expected ${row[index]}, got ${answer.status} ${answer.text.slice(0, 200)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  test('routes outside the document answer as their row says', async () => {
    const mismatches: string[] = [];
    for (const [key, row] of Object.entries(outsideDocument)) {
      const [, path = ''] = key.split(' ');
      for (const [index, caller] of callers.entries()) {
        const answer = await send(key, caller, { path });
        if (answer.status !== row[index]) {
          mismatches.push(`${key} as ${caller}: expected ${row[index]}, got ${answer.status}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

/* ---------- sending one cell ---------- */

async function send(key: string, caller: Caller, request: CellRequest) {
  const method = key.split(' ')[0];
  const headers: Record<string, string> = { ...request.headers };
  // A browser sends its origin with every state change; kiosks authenticate by Bearer.
  if (method !== 'GET') headers.origin = t.baseUrl;
  const cookie = request.cookie ?? cookieOf(caller);
  if (cookie) headers.cookie = cookie;
  if (caller === 'kiosk') headers.authorization = `Bearer ${kioskCredential}`;
  if (request.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(`${t.baseUrl}${request.path}`, {
    method,
    headers,
    body:
      request.body === undefined
        ? undefined
        : typeof request.body === 'string' || request.body instanceof Uint8Array
          ? request.body
          : JSON.stringify(request.body),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  let text = '';
  // A live stream never ends: its status is the answer.
  if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
  } else text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, text, body };
}

function cookieOf(caller: Caller): string | undefined {
  switch (caller) {
    case 'agent':
      return cookies.agent;
    case 'host':
      return cookies.hote;
    case 'otherHost':
      return otherHostCookie;
    case 'admin':
      return cookies.admin;
    default:
      return undefined;
  }
}

/** Another session of the caller's person (logging out ends the session it is sent with). */
function freshSessionOf(caller: Caller): Promise<string> | undefined {
  const claims = {
    agent: demoClaims('agent'),
    host: demoClaims('hote'),
    otherHost: lyonHostClaims,
    admin: demoClaims('admin'),
  };
  return caller === 'anonymous' || caller === 'kiosk'
    ? undefined
    : openSessionFor(t, claims[caller]);
}

/* ---------- a well-formed request per operation ---------- */

/** Runs `prepare` once per row, the first time a cell needs it. */
function once<T>(prepare: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= prepare());
}

/** Invitations a cell made: gone, so the next cell starts from the same state. */
async function removeInvitations(): Promise<void> {
  await t.dataSource.query(`DELETE FROM site_role_invitations WHERE site_id = $1`, [paris.id]);
}

const parisPath = (template: string, values: Record<string, string> = {}) =>
  fillPath(template, { siteId: paris.id, ...values });

/** A Paris desk per caller, so that the callers' bookings never meet. */
const deskOf = (caller: Caller, offset = 0) => paris.deskId(20 + callers.indexOf(caller) + offset);

let todayDesk = 30;
/** A fresh person with a full day booked today at Paris, and the booking's QR code. */
async function bookedToday() {
  const holder = await openSessionForNewAgent(t, 'Matrice');
  const { pass } = await bookDayWithPass(t, holder, paris, todayDesk, today);
  todayDesk += 1;
  return pass;
}

/** A fresh person's full day booked today at Paris, by them: its id. */
async function bookedTodayId(): Promise<string> {
  const holder = await openSessionForNewAgent(t, 'Matrice');
  const booked = await book(t, holder, {
    siteId: paris.id,
    deskId: paris.deskId(todayDesk),
    date: today,
    slot: 'day',
  });
  todayDesk += 1;
  if (booked.status !== 201) throw new Error(`booking: ${JSON.stringify(booked.body)}`);
  return booked.body.id;
}

async function uploadPlan(zone: string) {
  const uploaded = await call(
    t,
    parisPath('/api/sites/{siteId}/zones/{zone}/plan', { zone: encodeURIComponent(zone) }),
    {
      method: 'PUT',
      cookie: cookies.admin,
      body: svgPlan,
      headers: { 'content-type': 'image/svg+xml' },
    },
  );
  if (uploaded.status !== 200) throw new Error(`plan: ${JSON.stringify(uploaded.body)}`);
}

/** A 1×1 PNG: the smallest photo a site may have. */
const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

async function uploadPhoto() {
  const uploaded = await call(t, parisPath('/api/sites/{siteId}/photo'), {
    method: 'PUT',
    cookie: cookies.admin,
    body: tinyPng,
    headers: { 'content-type': 'image/png' },
  });
  if (uploaded.status !== 200) throw new Error(`photo: ${JSON.stringify(uploaded.body)}`);
}

/** A new site with no booking, made by the admin: its id. */
async function throwawaySite(name: string): Promise<string> {
  const created = await call<Site>(t, '/api/sites', {
    cookie: cookies.admin,
    body: { name: `Matrice ${name}`, slug: `matrice-${name.toLowerCase()}`, address: 'Paris' },
  });
  if (created.status !== 201) throw new Error(`site: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

async function parisZones(): Promise<ZoneSummary[]> {
  return (
    await call<ZoneSummary[]>(t, parisPath('/api/sites/{siteId}/zones'), { cookie: cookies.hote })
  ).body;
}

/** A desk of Paris no one books, active or not. */
async function newDesk(label: string, isActive: boolean): Promise<string> {
  const created = await call<Desk>(t, parisPath('/api/sites/{siteId}/desks'), {
    cookie: cookies.hote,
    body: { label, zone: 'Matrice', isActive },
  });
  if (created.status !== 201) throw new Error(`desk: ${JSON.stringify(created.body)}`);
  return created.body.id;
}

async function newKiosk(name: string): Promise<KioskPairing> {
  const created = await call<KioskPairing>(t, parisPath('/api/sites/{siteId}/kiosks'), {
    cookie: cookies.admin,
    body: { name },
  });
  if (created.status !== 201) throw new Error(`kiosk: ${JSON.stringify(created.body)}`);
  return created.body;
}

const agentBooking = once(async () => {
  const booked = await book(t, cookies.agent, {
    siteId: paris.id,
    deskId: deskOf('agent', 10),
    date: day,
    slot: 'morning',
  });
  if (booked.status !== 201) throw new Error(`booking: ${JSON.stringify(booked.body)}`);
  return booked.body.id;
});

let roomSlotCount = 0;
/** A half hour of Salle Marianne (Paris) no other cell holds, a week or more after `day`. */
function roomSlot() {
  const index = roomSlotCount;
  roomSlotCount += 1;
  const start = 9 * 60 + (index % 18) * 30;
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    date: addDays(day, 7 + Math.floor(index / 18)),
    startTime: time(start),
    endTime: time(start + 30),
  };
}

async function parisRoomId(name = 'Salle Marianne'): Promise<string> {
  const rooms = (
    await call<{ id: string; name: string }[]>(t, parisPath('/api/sites/{siteId}/rooms'), {
      cookie: cookies.hote,
    })
  ).body;
  const room = rooms.find((candidate) => candidate.name === name);
  if (!room) throw new Error(`no room ${name}`);
  return room.id;
}

async function roomBookingBody() {
  return {
    roomId: await parisRoomId(),
    ...roomSlot(),
    title: 'Réunion de la matrice',
    headcount: 3,
    attendeeEmails: [],
  };
}

/** A room booked by `cookie` (a fresh agent's by default): its id. */
async function bookedRoomId(cookie?: string): Promise<string> {
  const booked = await call<{ id: string }>(t, '/api/rooms/bookings', {
    cookie: cookie ?? (await openSessionForNewAgent(t, 'Salle')),
    body: await roomBookingBody(),
  });
  if (booked.status !== 201) throw new Error(`room booking: ${JSON.stringify(booked.body)}`);
  return booked.body.id;
}

let roomCount = 0;

const requests: Record<string, RequestBuilder> = {
  'GET /api/sites/{siteId}/rooms': () => ({ path: parisPath('/api/sites/{siteId}/rooms') }),
  'POST /api/sites/{siteId}/rooms': () => {
    roomCount += 1;
    return {
      path: parisPath('/api/sites/{siteId}/rooms'),
      body: { name: `Salle de la matrice ${roomCount}`, kind: 'room', capacity: 6 },
    };
  },
  'PATCH /api/sites/{siteId}/rooms/{roomId}': async () => ({
    path: parisPath('/api/sites/{siteId}/rooms/{roomId}', {
      roomId: await parisRoomId('Salle Ségur'),
    }),
    body: { capacity: 5, equipment: ['whiteboard', 'screen'] },
  }),
  'GET /api/sites/{siteId}/rooms/availability': () => ({
    path: parisPath(`/api/sites/{siteId}/rooms/availability?date=${addDays(day, 7)}`),
  }),
  'GET /api/sites/{siteId}/rooms/rules': () => ({
    path: parisPath('/api/sites/{siteId}/rooms/rules'),
  }),
  'PUT /api/sites/{siteId}/rooms/rules': () => ({
    path: parisPath('/api/sites/{siteId}/rooms/rules'),
    body: { maxDurationMinutes: 240, maxDaysAhead: 30, maxUpcomingPerPerson: 3 },
  }),
  'GET /api/sites/{siteId}/rooms/bookings': () => ({
    path: parisPath(`/api/sites/{siteId}/rooms/bookings?date=${addDays(day, 7)}`),
  }),
  'DELETE /api/sites/{siteId}/rooms/bookings/{roomBookingId}': async () => ({
    path: parisPath('/api/sites/{siteId}/rooms/bookings/{roomBookingId}', {
      roomBookingId: await bookedRoomId(),
    }),
  }),
  // Cancelled again at once: the callers' limit of upcoming room bookings is never reached.
  'POST /api/rooms/bookings': async (caller) => ({
    path: '/api/rooms/bookings',
    body: await roomBookingBody(),
    cleanUp: async (status, body) => {
      if (status !== 201) return;
      await call(t, `/api/rooms/bookings/${(body as { id: string }).id}`, {
        method: 'DELETE',
        cookie: cookieOf(caller),
      });
    },
  }),
  'GET /api/rooms/bookings/mine': () => ({ path: '/api/rooms/bookings/mine' }),
  'DELETE /api/rooms/bookings/{roomBookingId}': async () => {
    const roomBookingId = await bookedRoomId(cookies.agent);
    return {
      path: fillPath('/api/rooms/bookings/{roomBookingId}', { roomBookingId }),
      // Refused to another caller: the agent cancels it, so that its limit is never reached.
      cleanUp: async (status) => {
        if (status === 200) return;
        await call(t, `/api/rooms/bookings/${roomBookingId}`, {
          method: 'DELETE',
          cookie: cookies.agent,
        });
      },
    };
  },
  'GET /api/auth/login': () => ({ path: '/api/auth/login?returnTo=%2Freservations' }),
  'GET /api/auth/callback': () => ({ path: '/api/auth/callback?code=abc&state=def' }),
  'POST /api/auth/logout': async (caller) => ({
    path: '/api/auth/logout',
    cookie: await freshSessionOf(caller),
  }),
  'GET /api/auth/logout/callback': () => ({ path: '/api/auth/logout/callback?state=abc' }),
  'GET /api/me': () => ({ path: '/api/me' }),
  'GET /api/me/pass': () => ({ path: '/api/me/pass' }),
  'GET /api/me/calendar-feed': () => ({ path: '/api/me/calendar-feed' }),
  'POST /api/me/calendar-feed/regenerate': () => ({ path: '/api/me/calendar-feed/regenerate' }),
  'GET /api/calendar/{token}.ics': once(async () => {
    // The address is shown only when made.
    const feed = await call<CalendarFeed>(t, '/api/me/calendar-feed/regenerate', {
      method: 'POST',
      cookie: cookies.agent,
    });
    return { path: new URL(feed.body.url).pathname };
  }),
  'DELETE /api/me/calendar-feed': () => ({ path: '/api/me/calendar-feed' }),
  'GET /api/health': () => ({ path: '/api/health' }),
  'GET /api/health/ready': () => ({ path: '/api/health/ready' }),
  'GET /.well-known/security.txt': () => ({ path: '/.well-known/security.txt' }),
  'GET /api/privacy/retention': () => ({ path: '/api/privacy/retention' }),
  'GET /api/me/data': () => ({ path: '/api/me/data' }),
  'GET /api/me/data/download': () => ({ path: '/api/me/data/download' }),
  // Leaving deletes the person: a newcomer of their own leaves, never the caller's fixtures.
  'DELETE /api/me': async (caller) => ({
    path: '/api/me',
    cookie:
      caller === 'anonymous' || caller === 'kiosk'
        ? undefined
        : await openSessionForNewAgent(t, 'Partante'),
  }),
  'GET /api/sites': () => ({ path: '/api/sites' }),
  'POST /api/sites': (caller) => ({
    path: '/api/sites',
    body: {
      name: `Site ${caller}`,
      slug: `site-matrice-${caller.toLowerCase()}`,
      address: 'Paris',
    },
  }),
  'GET /api/sites/{siteId}': () => ({ path: parisPath('/api/sites/{siteId}') }),
  'PATCH /api/sites/{siteId}': () => ({
    path: parisPath('/api/sites/{siteId}'),
    body: { kioskMessage: parisBefore.site.kioskMessage },
  }),
  // A site of its own per cell: archiving Paris would refuse the other rows' bookings.
  'POST /api/sites/{siteId}/archive': async (caller) => ({
    path: `/api/sites/${await throwawaySite(`archive-${caller}`)}/archive`,
  }),
  'POST /api/sites/{siteId}/restore': async (caller) => {
    const siteId = await throwawaySite(`restore-${caller}`);
    const archived = await call(t, `/api/sites/${siteId}/archive`, {
      method: 'POST',
      cookie: cookies.admin,
    });
    if (archived.status !== 200) throw new Error(`archive: ${JSON.stringify(archived.body)}`);
    return { path: `/api/sites/${siteId}/restore` };
  },
  'PUT /api/sites/{siteId}/photo': () => ({
    path: parisPath('/api/sites/{siteId}/photo'),
    body: tinyPng,
    headers: { 'content-type': 'image/png' },
  }),
  'GET /api/sites/{siteId}/photo': once(async () => {
    await uploadPhoto();
    return { path: parisPath('/api/sites/{siteId}/photo') };
  }),
  'DELETE /api/sites/{siteId}/photo': async () => {
    await uploadPhoto();
    return { path: parisPath('/api/sites/{siteId}/photo') };
  },
  'GET /api/admin/sites': () => ({ path: '/api/admin/sites' }),
  'GET /api/sites/{siteId}/closures.ics': () => ({
    path: parisPath('/api/sites/{siteId}/closures.ics'),
  }),
  'GET /api/sites/{siteId}/desks': () => ({ path: parisPath('/api/sites/{siteId}/desks') }),
  'POST /api/sites/{siteId}/desks': (caller) => ({
    path: parisPath('/api/sites/{siteId}/desks'),
    body: { label: `M-${caller}`, zone: 'Matrice' },
  }),
  'PATCH /api/sites/{siteId}/desks/{deskId}': () => ({
    path: parisPath('/api/sites/{siteId}/desks/{deskId}', { deskId: paris.deskId(0) }),
    body: { isActive: true },
  }),
  'PUT /api/sites/{siteId}/desks/{deskId}/plan-position': () => ({
    path: parisPath('/api/sites/{siteId}/desks/{deskId}/plan-position', {
      deskId: paris.deskId(0),
    }),
    body: { position: null },
  }),
  'POST /api/sites/{siteId}/desks/bulk': (caller) => ({
    path: parisPath('/api/sites/{siteId}/desks/bulk'),
    body: { prefix: `MS-${caller}-`, first: 1, last: 2, width: 2, zone: 'Matrice' },
  }),
  // A desk of its own per caller, never booked: deactivated, then given back.
  'POST /api/sites/{siteId}/desks/deactivation': async (caller) => ({
    path: parisPath('/api/sites/{siteId}/desks/deactivation'),
    body: { deskIds: [await newDesk(`MD-${caller}`, true)], confirm: false },
  }),
  'POST /api/sites/{siteId}/desks/reactivation': async (caller) => ({
    path: parisPath('/api/sites/{siteId}/desks/reactivation'),
    body: { deskIds: [await newDesk(`MR-${caller}`, false)] },
  }),
  'POST /api/sites/{siteId}/zones': (caller) => ({
    path: parisPath('/api/sites/{siteId}/zones'),
    body: { name: `Zone ${caller}` },
  }),
  // The order as it is: a well-formed request that changes nothing.
  'PUT /api/sites/{siteId}/zones/order': async () => ({
    path: parisPath('/api/sites/{siteId}/zones/order'),
    body: { zoneIds: (await parisZones()).map((zone) => zone.id) },
  }),
  'PATCH /api/sites/{siteId}/zones/{zoneId}': async () => {
    const zone = (await parisZones()).find((candidate) => candidate.zone === 'Atelier');
    if (!zone) throw new Error('no zone Atelier');
    return {
      path: parisPath('/api/sites/{siteId}/zones/{zoneId}', { zoneId: zone.id }),
      body: { name: 'Atelier' },
    };
  },
  'DELETE /api/sites/{siteId}/zones/{zoneId}': async (caller) => {
    const created = await call<ZoneSummary[]>(t, parisPath('/api/sites/{siteId}/zones'), {
      cookie: cookies.hote,
      body: { name: `Éphémère ${caller}` },
    });
    const zone = created.body.find((candidate) => candidate.zone === `Éphémère ${caller}`);
    if (!zone) throw new Error(`zone: ${JSON.stringify(created.body)}`);
    return { path: parisPath('/api/sites/{siteId}/zones/{zoneId}', { zoneId: zone.id }) };
  },
  'GET /api/sites/{siteId}/zones': () => ({ path: parisPath('/api/sites/{siteId}/zones') }),
  'PUT /api/sites/{siteId}/zones/{zone}/plan': () => ({
    path: parisPath('/api/sites/{siteId}/zones/{zone}/plan', { zone: 'Espace%20calme' }),
    body: svgPlan,
    headers: { 'content-type': 'image/svg+xml' },
  }),
  'GET /api/sites/{siteId}/zones/{zone}/plan': () => ({
    path: parisPath('/api/sites/{siteId}/zones/{zone}/plan', { zone: 'Plateau%20ouvert' }),
  }),
  'DELETE /api/sites/{siteId}/zones/{zone}/plan': async () => {
    await uploadPlan('Atelier');
    return { path: parisPath('/api/sites/{siteId}/zones/{zone}/plan', { zone: 'Atelier' }) };
  },
  'GET /api/sites/{siteId}/opening-hours': () => ({
    path: parisPath('/api/sites/{siteId}/opening-hours'),
  }),
  'PUT /api/sites/{siteId}/opening-hours/weekly': () => ({
    path: parisPath('/api/sites/{siteId}/opening-hours/weekly'),
    body: { weekly: parisBefore.hours.weekly },
  }),
  'PUT /api/sites/{siteId}/opening-hours/exceptions/{date}': () => ({
    path: parisPath('/api/sites/{siteId}/opening-hours/exceptions/{date}', { date: '2030-01-07' }),
    body: { isClosed: true, reason: 'Inventaire' },
  }),
  'DELETE /api/sites/{siteId}/opening-hours/exceptions/{date}': async () => {
    const path = parisPath('/api/sites/{siteId}/opening-hours/exceptions/{date}', {
      date: '2030-01-14',
    });
    await call(t, path, { method: 'PUT', cookie: cookies.admin, body: { isClosed: true } });
    return { path };
  },
  'GET /api/sites/{siteId}/rules': () => ({ path: parisPath('/api/sites/{siteId}/rules') }),
  'PUT /api/sites/{siteId}/rules': () => ({
    path: parisPath('/api/sites/{siteId}/rules'),
    body: parisBefore.rules,
  }),
  'GET /api/sites/{siteId}/hosts': () => ({ path: parisPath('/api/sites/{siteId}/hosts') }),
  'POST /api/sites/{siteId}/hosts': (caller) => ({
    path: parisPath('/api/sites/{siteId}/hosts'),
    body: { email: `invitation-${caller.toLowerCase()}@example.gouv.fr` },
    cleanUp: () => removeInvitations(),
  }),
  'DELETE /api/sites/{siteId}/hosts/{userId}': async () => {
    const appointed = await call<SiteHosts>(t, parisPath('/api/sites/{siteId}/hosts'), {
      method: 'POST',
      cookie: cookies.admin,
      body: { email: demoClaims('agent2').email },
    });
    const agent2 = appointed.body.hosts.find((host) => host.email === demoClaims('agent2').email);
    if (!agent2) throw new Error('agent2 was not appointed host');
    return {
      path: parisPath('/api/sites/{siteId}/hosts/{userId}', { userId: agent2.userId }),
      cleanUp: async () => {
        await t.dataSource.query(
          `DELETE FROM site_roles WHERE site_id = $1 AND user_id = $2 AND role = 'host'`,
          [paris.id, agent2.userId],
        );
      },
    };
  },
  'DELETE /api/sites/{siteId}/host-invitations/{invitationId}': async () => {
    const invited = await call<SiteHosts>(t, parisPath('/api/sites/{siteId}/hosts'), {
      method: 'POST',
      cookie: cookies.admin,
      body: { email: 'invitation-a-annuler@example.gouv.fr' },
    });
    const invitation = invited.body.invitations.find(
      (candidate) => candidate.email === 'invitation-a-annuler@example.gouv.fr',
    );
    if (!invitation) throw new Error('the invitation was not made');
    return {
      path: parisPath('/api/sites/{siteId}/host-invitations/{invitationId}', {
        invitationId: invitation.id,
      }),
      cleanUp: () => removeInvitations(),
    };
  },
  'GET /api/people': () => ({ path: '/api/people?query=Camille' }),
  'GET /api/admin/audit': () => ({ path: `/api/admin/audit?siteId=${paris.id}&limit=10` }),
  'GET /api/sites/{siteId}/analytics': () => ({
    path: parisPath('/api/sites/{siteId}/analytics') + `?from=${today}&to=${day}`,
  }),
  'GET /api/sites/{siteId}/analytics/{table}.csv': () => ({
    path:
      parisPath('/api/sites/{siteId}/analytics/{table}.csv', { table: 'days' }) +
      `?from=${today}&to=${day}`,
  }),
  'PUT /api/sites/{siteId}/analytics-settings': () => ({
    path: parisPath('/api/sites/{siteId}/analytics-settings'),
    body: { showNames: false },
  }),
  'GET /api/analytics/network': () => ({ path: `/api/analytics/network?from=${today}&to=${day}` }),
  'GET /api/analytics/network.csv': () => ({
    path: `/api/analytics/network.csv?from=${today}&to=${day}`,
  }),
  'GET /api/open-statistics': () => ({ path: '/api/open-statistics?months=3' }),
  'GET /api/open-statistics.csv': () => ({ path: '/api/open-statistics.csv' }),
  'GET /api/open-data/sites': () => ({ path: '/api/open-data/sites' }),
  'GET /api/public/events': () => ({ path: parisPath('/api/public/events?siteId={siteId}') }),
  'GET /api/public/events.ics': () => ({ path: '/api/public/events.ics' }),
  'GET /api/public/sites/{siteId}/events.ics': () => ({
    path: parisPath('/api/public/sites/{siteId}/events.ics'),
  }),
  'GET /api/sites/{siteId}/key-holders': () => ({
    path: parisPath('/api/sites/{siteId}/key-holders'),
  }),
  'PUT /api/sites/{siteId}/key-holders': () => ({
    path: parisPath('/api/sites/{siteId}/key-holders'),
    body: { email: demoClaims('agent').email },
  }),
  'DELETE /api/sites/{siteId}/key-holders/{userId}': async () => {
    const holders = await call<{ userId: string }[]>(
      t,
      parisPath('/api/sites/{siteId}/key-holders'),
      {
        method: 'PUT',
        cookie: cookies.admin,
        body: { email: demoClaims('agent2').email },
      },
    );
    return {
      path: parisPath('/api/sites/{siteId}/key-holders/{userId}', {
        userId: holders.body.at(-1)!.userId,
      }),
    };
  },
  'GET /api/sites/{siteId}/desk-assignments': () => ({
    path: parisPath('/api/sites/{siteId}/desk-assignments'),
  }),
  'PUT /api/sites/{siteId}/desk-assignments/{deskId}': () => ({
    path: parisPath('/api/sites/{siteId}/desk-assignments/{deskId}', { deskId: paris.deskId(1) }),
    body: { email: null },
  }),
  'GET /api/sites/{siteId}/availability': () => ({
    path: `${parisPath('/api/sites/{siteId}/availability')}?date=${day}`,
  }),
  'GET /api/sites/{siteId}/availability/summary': () => ({
    path: `${parisPath('/api/sites/{siteId}/availability/summary')}?from=${day}&to=${addDays(day, 6)}`,
  }),
  'GET /api/sites/{siteId}/presence': () => ({ path: parisPath('/api/sites/{siteId}/presence') }),
  'GET /api/sites/{siteId}/live': () => ({ path: parisPath('/api/sites/{siteId}/live') }),
  'GET /api/sites/{siteId}/today': () => ({ path: parisPath('/api/sites/{siteId}/today') }),
  'GET /api/sites/{siteId}/evacuation': () => ({
    path: parisPath('/api/sites/{siteId}/evacuation'),
  }),
  'GET /api/sites/{siteId}/people': () => ({
    path: `${parisPath('/api/sites/{siteId}/people')}?query=Camille`,
  }),
  // A fresh person each cell, booked for by the caller; cancelled after, so desks stay free.
  'POST /api/sites/{siteId}/bookings': async (caller) => {
    const email = `pour-${caller.toLowerCase()}-${randomUUID().slice(0, 8)}@example.gouv.fr`;
    await openSessionFor(t, {
      sub: `test-on-behalf-${email}`,
      given_name: 'Pour',
      usual_name: 'Autrui',
      email,
      roles: ['agent_public'],
    });
    return {
      path: parisPath('/api/sites/{siteId}/bookings'),
      body: { email, deskId: deskOf(caller, 10), date: day, slot: 'day' },
      cleanUp: async (status, body) => {
        if (status !== 201) return;
        await call(
          t,
          parisPath('/api/sites/{siteId}/bookings/{bookingId}/cancel', {
            bookingId: (body as { id: string }).id,
          }),
          { method: 'POST', cookie: cookies.admin },
        );
      },
    };
  },
  // One booking per row: a refused cell leaves it as it was, and doing it again answers 200.
  'POST /api/sites/{siteId}/bookings/{bookingId}/cancel': once(async () => ({
    path: parisPath('/api/sites/{siteId}/bookings/{bookingId}/cancel', {
      bookingId: await bookedTodayId(),
    }),
  })),
  'POST /api/sites/{siteId}/bookings/{bookingId}/arrival': once(async () => ({
    path: parisPath('/api/sites/{siteId}/bookings/{bookingId}/arrival', {
      bookingId: await bookedTodayId(),
    }),
  })),
  'POST /api/sites/{siteId}/bookings/{bookingId}/departure': once(async () => {
    const bookingId = await bookedTodayId();
    const arrived = await call(
      t,
      parisPath('/api/sites/{siteId}/bookings/{bookingId}/arrival', { bookingId }),
      { method: 'POST', cookie: cookies.admin },
    );
    if (arrived.status !== 200) throw new Error(`arrival: ${JSON.stringify(arrived.body)}`);
    return {
      path: parisPath('/api/sites/{siteId}/bookings/{bookingId}/departure', { bookingId }),
    };
  }),
  'GET /api/sites/{siteId}/kiosks': () => ({ path: parisPath('/api/sites/{siteId}/kiosks') }),
  'POST /api/sites/{siteId}/kiosks': (caller) => ({
    path: parisPath('/api/sites/{siteId}/kiosks'),
    body: { name: `Borne ${caller}` },
  }),
  'POST /api/sites/{siteId}/kiosks/{kioskId}/pairing-code': once(async () => ({
    path: parisPath('/api/sites/{siteId}/kiosks/{kioskId}/pairing-code', {
      kioskId: (await newKiosk('Borne à renouveler')).kiosk.id,
    }),
  })),
  'POST /api/sites/{siteId}/kiosks/{kioskId}/revoke': async () => ({
    path: parisPath('/api/sites/{siteId}/kiosks/{kioskId}/revoke', {
      kioskId: (await newKiosk('Borne à désactiver')).kiosk.id,
    }),
  }),
  'PUT /api/sites/{siteId}/kiosks/{kioskId}/settings-pin': once(async () => ({
    path: parisPath('/api/sites/{siteId}/kiosks/{kioskId}/settings-pin', {
      kioskId: (await newKiosk('Borne à recoder')).kiosk.id,
    }),
    body: { settingsPin: '13579' },
  })),
  'POST /api/bookings': (caller) => ({
    path: '/api/bookings',
    body: { siteId: paris.id, deskId: deskOf(caller), date: day, slot: 'day' },
    cleanUp: async (status, body) => {
      if (status === 201) await cancelBooking(caller, (body as { id: string }).id);
    },
  }),
  'POST /api/bookings/any-desk': (caller) => ({
    path: '/api/bookings/any-desk',
    body: { siteId: paris.id, date: day, slot: 'day' },
    cleanUp: async (status, body) => {
      if (status === 201) await cancelBooking(caller, (body as { id: string }).id);
    },
  }),
  'GET /api/bookings/mine': () => ({ path: '/api/bookings/mine' }),
  'POST /api/bookings/{bookingId}/cancel': once(async () => ({
    path: `/api/bookings/${await agentBooking()}/cancel`,
  })),
  'GET /api/bookings/{bookingId}/pass': once(async () => {
    const booked = await book(t, cookies.agent, {
      siteId: paris.id,
      deskId: deskOf('agent', 10),
      date: day,
      slot: 'afternoon',
    });
    if (booked.status !== 201) throw new Error(`booking: ${JSON.stringify(booked.body)}`);
    return { path: `/api/bookings/${booked.body.id}/pass` };
  }),
  'POST /api/booking-series': (caller) => ({
    path: '/api/booking-series',
    body: {
      siteId: paris.id,
      deskId: deskOf(caller),
      slot: 'morning',
      weekdays: [2],
      from: addDays(day, 7),
      until: addDays(day, 14),
    },
    cleanUp: async (status, body) => {
      if (status !== 201) return;
      await call(t, `/api/booking-series/${(body as BookingSeriesResult).seriesId}/cancel`, {
        method: 'POST',
        cookie: cookieOf(caller),
      });
    },
  }),
  'POST /api/booking-series/{seriesId}/cancel': once(async () => {
    const series = await call<BookingSeriesResult>(t, '/api/booking-series', {
      cookie: cookies.agent,
      body: {
        siteId: paris.id,
        deskId: deskOf('agent', 10),
        slot: 'afternoon',
        weekdays: [2],
        from: addDays(day, 7),
        until: addDays(day, 14),
      },
    });
    return { path: `/api/booking-series/${series.body.seriesId}/cancel` };
  }),
  'POST /api/waitlist': (caller) => ({
    path: '/api/waitlist',
    body: { siteId: lyon.id, date: fullLyonDay, slot: 'day' },
    cleanUp: async (status, body) => {
      if (status !== 201) return;
      await call(t, `/api/waitlist/${(body as WaitlistEntry).id}`, {
        method: 'DELETE',
        cookie: cookieOf(caller),
      });
    },
  }),
  'GET /api/waitlist/mine': () => ({ path: '/api/waitlist/mine' }),
  'DELETE /api/waitlist/{entryId}': once(async () => {
    const entry = await call<WaitlistEntry>(t, '/api/waitlist', {
      cookie: cookies.agent,
      body: { siteId: lyon.id, date: fullLyonDay, slot: 'morning' },
    });
    return { path: `/api/waitlist/${entry.body.id}` };
  }),
  'POST /api/kiosk/pair': async (caller) => ({
    path: '/api/kiosk/pair',
    body: {
      pairingCode: (await newKiosk(`Tablette ${caller}`)).pairingCode,
      appVersion: 'matrice',
    },
  }),
  'GET /api/kiosk/keys': () => ({ path: '/api/kiosk/keys' }),
  'POST /api/kiosk/settings-unlock': () => ({
    path: '/api/kiosk/settings-unlock',
    body: { settingsPin: testKioskSettingsPin },
  }),
  'GET /api/kiosk/me': () => ({ path: '/api/kiosk/me' }),
  'GET /api/kiosk/live': () => ({ path: '/api/kiosk/live' }),
  'GET /api/kiosk/zones/{zone}/plan': () => ({ path: '/api/kiosk/zones/Plateau%20ouvert/plan' }),
  'POST /api/kiosk/check-ins': once(async () => ({
    path: '/api/kiosk/check-ins',
    body: { token: (await bookedToday()).token },
  })),
  'POST /api/kiosk/check-outs': once(async () => {
    const { token } = await bookedToday();
    await scan(token);
    const again = await scan(token);
    if (again.outcome !== 'already_checked_in') throw new Error(`scan: ${again.outcome}`);
    return { path: '/api/kiosk/check-outs', body: { checkOutToken: again.checkOutToken } };
  }),
  'POST /api/kiosk/walk-ins': once(async () => {
    const walker = await openSessionForNewAgent(t, 'Passante');
    const pass = await call<PersonPass>(t, '/api/me/pass', { cookie: walker });
    const offer = await scan(pass.body.token);
    if (offer.outcome !== 'walk_in') throw new Error(`scan: ${offer.outcome}`);
    const [option] = offer.options;
    const [desk] = option?.desks ?? [];
    if (!option || !desk) throw new Error('walk-in: no free desk offered');
    return {
      path: '/api/kiosk/walk-ins',
      body: { offerToken: offer.offerToken, deskId: desk.id, slot: option.slot },
    };
  }),
  'POST /api/kiosk/check-ins/offline': once(async () => ({
    path: '/api/kiosk/check-ins/offline',
    body: {
      checkIns: [
        {
          clientId: 'matrice-1',
          token: (await bookedToday()).token,
          scannedAt: t.clock.now().toISOString(),
        },
      ],
    },
  })),
  'GET /api/dev/outbox': () => ({ path: '/api/dev/outbox?limit=5' }),
  'GET /api/events': () => ({ path: '/api/events' }),
  'GET /api/events/mine': () => ({ path: '/api/events/mine' }),
  'GET /api/events/registered': () => ({ path: '/api/events/registered' }),
  'GET /api/events/{eventId}': once(async () => ({
    path: fillPath('/api/events/{eventId}', { eventId: await approvedEventId() }),
  })),
  'GET /api/sites/{siteId}/events': () => ({ path: parisPath('/api/sites/{siteId}/events') }),
  'GET /api/me/presence-profile': () => ({ path: '/api/me/presence-profile' }),
  'PUT /api/me/presence-profile': () => ({
    path: '/api/me/presence-profile',
    body: { isVisible: false, workSummary: 'Matrice des accès', skillTags: ['données'] },
  }),
  'DELETE /api/me/presence-profile': () => ({ path: '/api/me/presence-profile' }),
  'PATCH /api/bookings/{bookingId}/presence': once(async () => ({
    path: `/api/bookings/${await agentBooking()}/presence`,
    body: { presence: null },
  })),
  'GET /api/presence/bookings': () => ({ path: '/api/presence/bookings' }),
  'GET /api/presence/search': () => ({ path: '/api/presence/search?tag=donnees' }),
  'GET /api/presence/sites/{siteId}/days/{date}': () => ({
    path: parisPath('/api/presence/sites/{siteId}/days/{date}', { date: day }),
  }),
  'GET /api/events/archive': () => ({ path: '/api/events/archive?q=d%C3%A9veloppeurs&page=1' }),
  'GET /api/events/{eventId}/archive': once(async () => ({
    path: fillPath('/api/events/{eventId}/archive', { eventId: await pastEventId() }),
  })),
  'PUT /api/sites/{siteId}/events/{eventId}/archive': async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/archive', {
      eventId: await pastEventId(),
    }),
    body: {
      summary: 'Compte rendu.',
      links: [{ kind: 'slides', label: 'Diapositives', url: 'https://example.gouv.fr/d.pdf' }],
      themes: ['communauté'],
    },
  }),
  'GET /api/events/{eventId}/registration': once(async () => ({
    path: fillPath('/api/events/{eventId}/registration', { eventId: await approvedEventId() }),
  })),
  'POST /api/events/{eventId}/registration': async () => ({
    path: fillPath('/api/events/{eventId}/registration', { eventId: await approvedEventId() }),
    body: { mode: 'in_person' },
  }),
  // Each caller registered first (by the same route), so that there is something to cancel.
  'DELETE /api/events/{eventId}/registration': async (caller) => {
    const eventId = await approvedEventId();
    const cookie = cookieOf(caller);
    if (cookie) {
      await call(t, `/api/events/${eventId}/registration`, {
        cookie,
        body: { mode: 'in_person' },
      });
    }
    return { path: fillPath('/api/events/{eventId}/registration', { eventId }) };
  },
  'POST /api/sites/{siteId}/events/{eventId}/message': once(async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/message', {
      eventId: await approvedEventId(),
    }),
    body: { subject: 'Changement de salle', body: 'Rendez-vous au rez-de-chaussée.' },
  })),
  'POST /api/sites/{siteId}/events/{eventId}/cancellation': async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/cancellation', {
      eventId: await approvedEventId(),
    }),
    body: { reason: 'La salle est indisponible.' },
  }),
  'GET /api/sites/{siteId}/events/{eventId}/attendance': once(async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/attendance', {
      eventId: await approvedEventId(),
    }),
  })),
  // Each caller registered in person first (by the registration route).
  'GET /api/events/{eventId}/pass': once(async () => {
    const eventId = await approvedEventId();
    for (const caller of ['agent', 'host', 'otherHost', 'admin'] as const) {
      await call(t, `/api/events/${eventId}/registration`, {
        cookie: cookieOf(caller),
        body: { mode: 'in_person' },
      });
    }
    return { path: fillPath('/api/events/{eventId}/pass', { eventId }) };
  }),
  'GET /api/sites/{siteId}/events/{eventId}/registrations': once(async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/registrations', {
      eventId: await approvedEventId(),
    }),
  })),
  'POST /api/sites/{siteId}/events': async () => ({
    path: parisPath('/api/sites/{siteId}/events'),
    body: await eventBody(),
  }),
  'GET /api/sites/{siteId}/events/pending': () => ({
    path: parisPath('/api/sites/{siteId}/events/pending'),
  }),
  'POST /api/sites/{siteId}/events/hosted': async () => ({
    path: parisPath('/api/sites/{siteId}/events/hosted'),
    body: { ...(await eventBody()), confirm: true },
  }),
  'POST /api/sites/{siteId}/events/{eventId}/approval': async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/approval', {
      eventId: await proposedEventId(),
    }),
    body: { confirm: true },
  }),
  'POST /api/sites/{siteId}/events/{eventId}/decline': async () => ({
    path: parisPath('/api/sites/{siteId}/events/{eventId}/decline', {
      eventId: await proposedEventId(),
    }),
    body: { reason: 'La zone est prise ce jour-là.' },
  }),
  'POST /api/guests/invitations': async () => ({
    path: '/api/guests/invitations',
    body: await guestInvitationBody(),
  }),
  'GET /api/guests/invitations': () => ({ path: '/api/guests/invitations' }),
  // The agent's own invitation, once: the agent's cell cancels it, the others are not its owner.
  'POST /api/guests/invitations/{invitationId}/cancel': once(async () => ({
    path: `/api/guests/invitations/${await guestInvitationId(cookies.agent)}/cancel`,
  })),
  'GET /api/sites/{siteId}/guests/invitations': () => ({
    path: parisPath('/api/sites/{siteId}/guests/invitations'),
  }),
  'POST /api/sites/{siteId}/guests/invitations/{invitationId}/approval': async () => ({
    path: parisPath('/api/sites/{siteId}/guests/invitations/{invitationId}/approval', {
      invitationId: await guestInvitationId(await openSessionForNewAgent(t, 'Invitante')),
    }),
  }),
  'POST /api/sites/{siteId}/guests/invitations/{invitationId}/decline': async () => ({
    path: parisPath('/api/sites/{siteId}/guests/invitations/{invitationId}/decline', {
      invitationId: await guestInvitationId(await openSessionForNewAgent(t, 'Invitante')),
    }),
    body: { reason: 'Le site est complet ce jour-là.' },
  }),
  'GET /api/sites/{siteId}/guests/settings': () => ({
    path: parisPath('/api/sites/{siteId}/guests/settings'),
  }),
  // Paris keeps approving each invitation: the approval cells above need pending ones.
  'PUT /api/sites/{siteId}/guests/settings': () => ({
    path: parisPath('/api/sites/{siteId}/guests/settings'),
    body: { needsApproval: true, usageCharter: 'Je respecte le calme des espaces partagés.' },
  }),
  'GET /api/public/guest-invitations/{secret}': async () => ({
    path: `/api/public/guest-invitations/${await guestSecret()}`,
  }),
  'POST /api/public/guest-invitations/{secret}/charter-acceptance': async () => ({
    path: `/api/public/guest-invitations/${await guestSecret()}/charter-acceptance`,
  }),
};

let guestCount = 0;
/** An invitation to Paris three weeks on, each with its own guest. */
async function guestInvitationBody() {
  guestCount += 1;
  return {
    siteId: paris.id,
    date: addDays(day, 21),
    givenName: 'Invitée',
    usualName: `Matrice ${guestCount}`,
    email: `invitee-${guestCount}@exemple.fr`,
    organisation: 'Cabinet Exemple',
    reason: 'Atelier de travail',
  };
}

/** An invitation made by `cookie`'s agent: its id. */
async function guestInvitationId(cookie: string): Promise<string> {
  const invited = await call<{ id: string }>(t, '/api/guests/invitations', {
    cookie,
    body: await guestInvitationBody(),
  });
  if (invited.status !== 201) throw new Error(`invitation: ${JSON.stringify(invited.body)}`);
  return invited.body.id;
}

/** A pending invitation whose link secret the test chose (set by its hash, as a mail would). */
async function guestSecret(): Promise<string> {
  const id = await guestInvitationId(await openSessionForNewAgent(t, 'Invitante'));
  const secret = randomBytes(32).toString('base64url');
  await t.dataSource.query(`UPDATE guest_invitations SET access_token_hash = $2 WHERE id = $1`, [
    id,
    createHash('sha256').update(secret).digest('hex'),
  ]);
  return secret;
}

let eventCount = 0;
/** A proposal at Paris three weeks on, each in its own quarter hour: approvals never overlap. */
async function eventBody() {
  const zone = (await parisZones()).find((candidate) => candidate.zone === 'Plateau ouvert');
  if (!zone) throw new Error('no zone Plateau ouvert');
  const start = 8 * 60 + eventCount * 15;
  eventCount += 1;
  const time = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return {
    title: `Événement de la matrice ${eventCount}`,
    description: 'Pour vérifier qui peut faire quoi.',
    type: 'talk',
    themes: [],
    date: addDays(day, 21),
    startTime: time(start),
    endTime: time(start + 10),
    zoneId: zone.id,
    capacity: 10,
    visioUrl: null,
    audience: 'agents',
  };
}

/** A fresh proposal by the agent: its id. */
async function proposedEventId(): Promise<string> {
  const proposed = await call<{ id: string }>(t, parisPath('/api/sites/{siteId}/events'), {
    cookie: cookies.agent,
    body: await eventBody(),
  });
  if (proposed.status !== 201) throw new Error(`event: ${JSON.stringify(proposed.body)}`);
  return proposed.body.id;
}

/** A past event of the demo's Paris archive (seeded over already). */
async function pastEventId(): Promise<string> {
  const found = await call<ArchiveSearchResult>(t, '/api/events/archive', {
    cookie: cookies.agent,
  });
  const [event] = found.body.items;
  if (!event) throw new Error(`no past event: ${JSON.stringify(found.body)}`);
  return event.id;
}

async function approvedEventId(): Promise<string> {
  const eventId = await proposedEventId();
  const approved = await call(
    t,
    parisPath('/api/sites/{siteId}/events/{eventId}/approval', { eventId }),
    { cookie: cookies.hote, body: { confirm: true } },
  );
  if (approved.status !== 200) throw new Error(`approval: ${JSON.stringify(approved.body)}`);
  return eventId;
}

async function cancelBooking(caller: Caller, bookingId: string) {
  await call(t, `/api/bookings/${bookingId}/cancel`, { method: 'POST', cookie: cookieOf(caller) });
}

async function scan(token: string): Promise<CheckInResult> {
  const response = await call<CheckInResult>(t, '/api/kiosk/check-ins', {
    bearer: kioskCredential,
    body: { token },
  });
  if (response.status !== 200) throw new Error(`scan: ${JSON.stringify(response.body)}`);
  return response.body;
}
