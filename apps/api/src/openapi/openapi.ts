import {
  accountDeletionSchema,
  myDataSchema,
  retentionPeriodsSchema,
  assignDeskSchema,
  deskAssignmentSchema,
  personByEmailSchema,
  sitePersonSchema,
  siteRulesSchema,
  availabilitySchema,
  calendarFeedSchema,
  calendarFeedStatusSchema,
  outboxSchema,
  availabilitySummarySchema,
  bookingPassSchema,
  bookingSchema,
  checkInRequestSchema,
  checkInResultSchema,
  createBookingSchema,
  createDeskSchema,
  kioskPairingSchema,
  pairKioskSchema,
  pairedKioskSchema,
  personPassSchema,
  checkOutRequestSchema,
  checkOutResultSchema,
  walkInRequestSchema,
  offlineCheckInsRequestSchema,
  offlineCheckInsResultSchema,
  createKioskSchema,
  createSiteSchema,
  deskSchema,
  errorResponseSchema,
  kioskIdentitySchema,
  kioskSchema,
  meSchema,
  openingExceptionInputSchema,
  openingHoursSchema,
  presenceSchema,
  replaceWeeklyOpeningSchema,
  siteSchema,
  setPlanPositionSchema,
  uploadedZonePlanSchema,
  zoneSummarySchema,
  updateDeskSchema,
  updateSiteSchema,
  bookingSeriesResultSchema,
  cancelledBookingSeriesSchema,
  createBookingSeriesSchema,
  joinWaitlistSchema,
  livenessSchema,
  readinessSchema,
  waitlistEntrySchema,
} from '@admz/shared';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';

type Security = 'session' | 'kiosk' | 'none';
type Route = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  security: Security;
  body?: z.ZodType;
  query?: Record<string, string>;
  response?: z.ZodType;
  status?: number;
};

/** Every API route with its shared schemas: the contract as OpenAPI, served at /api/docs. */
export const apiRoutes: Route[] = [
  {
    method: 'get',
    path: '/api/health',
    summary: 'Liveness: the process answers',
    security: 'none',
    response: livenessSchema,
  },
  {
    method: 'get',
    path: '/api/health/ready',
    summary:
      'Readiness for a load balancer: 200 when database, migrations and workers are up, 503 otherwise (and while shutting down)',
    security: 'none',
    response: readinessSchema,
  },
  {
    method: 'get',
    path: '/api/auth/login',
    summary: 'Start the OpenID Connect login (redirect)',
    security: 'none',
    query: { returnTo: 'Path to come back to' },
    status: 302,
  },
  {
    method: 'get',
    path: '/api/auth/callback',
    summary: 'OpenID Connect redirect URI (redirect)',
    security: 'none',
    status: 302,
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'End the session here and at the provider (303 redirect; same-origin form post only)',
    security: 'none',
    status: 303,
  },
  {
    method: 'get',
    path: '/api/auth/logout/callback',
    summary: 'Provider logout returns here (redirect)',
    security: 'none',
    status: 302,
  },
  {
    method: 'get',
    path: '/api/me',
    summary: 'The logged-in person',
    security: 'session',
    response: meSchema,
  },
  {
    method: 'get',
    path: '/api/me/data',
    summary: 'Everything AdmZ holds about me (« Mes données »)',
    security: 'session',
    response: myDataSchema,
  },
  {
    method: 'get',
    path: '/api/me/data/download',
    summary: 'The same, as a JSON file to download (Content-Disposition: attachment)',
    security: 'session',
    response: myDataSchema,
  },
  {
    method: 'delete',
    path: '/api/me',
    summary:
      'Delete my account: future bookings cancelled (waiting lists served), series ended, waiting entries left, past bookings anonymised, roles, calendar feed and sessions removed; clears the session cookie',
    security: 'session',
    response: accountDeletionSchema,
  },
  {
    method: 'get',
    path: '/.well-known/security.txt',
    summary: 'How to report a vulnerability (RFC 9116, text/plain; Expires computed per request)',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/privacy/retention',
    summary: "This deployment's retention periods (public: the personal data page states them)",
    security: 'none',
    response: retentionPeriodsSchema,
  },
  {
    method: 'get',
    path: '/api/sites',
    summary: 'List sites',
    security: 'session',
    response: z.array(siteSchema),
  },
  {
    method: 'post',
    path: '/api/sites',
    summary: 'Create a site (admin)',
    security: 'session',
    body: createSiteSchema,
    response: siteSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}',
    summary: 'One site',
    security: 'session',
    response: siteSchema,
  },
  {
    method: 'patch',
    path: '/api/sites/{siteId}',
    summary: 'Edit a site (host)',
    security: 'session',
    body: updateSiteSchema,
    response: siteSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/desks',
    summary: "A site's desks",
    security: 'session',
    response: z.array(deskSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/desks',
    summary: 'Add a desk (host)',
    security: 'session',
    body: createDeskSchema,
    response: deskSchema,
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/sites/{siteId}/desks/{deskId}',
    summary: 'Edit a desk (host)',
    security: 'session',
    body: updateDeskSchema,
    response: deskSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/desks/{deskId}/plan-position',
    summary: "Place a desk on its zone's plan, or remove it ({ position: null }) (host)",
    security: 'session',
    body: setPlanPositionSchema,
    response: deskSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/zones',
    summary: "A site's zones, with their plan if any",
    security: 'session',
    response: z.array(zoneSummarySchema),
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary:
      'Upload the plan of a zone (host): raw body, Content-Type image/svg+xml or image/png, at most 2 MB; zone URL-encoded',
    security: 'session',
    response: uploadedZonePlanSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary: 'The plan image of a zone (SVG or PNG, with ETag)',
    security: 'session',
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary: 'Remove the plan of a zone (host)',
    security: 'session',
    response: zoneSummarySchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/opening-hours',
    summary: 'Weekly hours and dated exceptions',
    security: 'session',
    response: openingHoursSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/opening-hours/weekly',
    summary:
      'Replace the weekly hours (host); 409 with `affectedBookings` until `confirm: true` when bookings would be cancelled',
    security: 'session',
    body: replaceWeeklyOpeningSchema,
    response: openingHoursSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/opening-hours/exceptions/{date}',
    summary:
      'Close a day or set special hours (host); 409 with `affectedBookings` until `confirm: true` when bookings would be cancelled',
    security: 'session',
    body: openingExceptionInputSchema,
    response: openingHoursSchema,
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/opening-hours/exceptions/{date}',
    summary: 'Remove a dated exception (host)',
    security: 'session',
    query: {
      confirm: '`true` once the host has seen the bookings it would cancel; defaults to false',
    },
    response: openingHoursSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/rules',
    summary: "A site's booking rules",
    security: 'session',
    response: siteRulesSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/rules',
    summary: "Replace a site's booking rules (host)",
    security: 'session',
    body: siteRulesSchema,
    response: siteRulesSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/key-holders',
    summary: 'People who may book in the extended hours (host)',
    security: 'session',
    response: z.array(sitePersonSchema),
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/key-holders',
    summary: 'Make a person, by e-mail, a key holder of the site (host)',
    security: 'session',
    body: personByEmailSchema,
    response: z.array(sitePersonSchema),
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/key-holders/{userId}',
    summary: 'Remove a key holder (host)',
    security: 'session',
    response: z.array(sitePersonSchema),
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/desk-assignments',
    summary: 'Desks and the person each is assigned to, if any (host)',
    security: 'session',
    response: z.array(deskAssignmentSchema),
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/desk-assignments/{deskId}',
    summary: 'Assign a desk to a person by e-mail, or release it with null (host)',
    security: 'session',
    body: assignDeskSchema,
    response: z.array(deskAssignmentSchema),
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/availability',
    summary: "Each desk's state per slot on a day",
    security: 'session',
    query: { date: 'YYYY-MM-DD, site calendar' },
    response: availabilitySchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/availability/summary',
    summary: 'Free desks per day and slot over up to 62 days (calendar views)',
    security: 'session',
    query: { from: 'YYYY-MM-DD', to: 'YYYY-MM-DD, at most 62 days after from' },
    response: availabilitySummarySchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/presence',
    summary: 'Who is booked and who has arrived (host)',
    security: 'session',
    query: { date: 'YYYY-MM-DD, defaults to today' },
    response: presenceSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/kiosks',
    summary: "A site's kiosks (host)",
    security: 'session',
    response: z.array(kioskSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks',
    summary: 'Create a kiosk; its one-time pairing code (10 minutes) is shown once (host)',
    security: 'session',
    body: createKioskSchema,
    response: kioskPairingSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks/{kioskId}/pairing-code',
    summary: 'A new pairing code for a kiosk, e.g. a replaced tablet (host)',
    security: 'session',
    response: kioskPairingSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/live',
    summary:
      'Server-Sent Events: occupancy, arrivals and departures, kiosk message, as they happen (host)',
    security: 'session',
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks/{kioskId}/revoke',
    summary: 'Revoke a kiosk (host)',
    security: 'session',
    response: kioskSchema,
  },
  {
    method: 'post',
    path: '/api/bookings',
    summary: 'Book a desk for a half or full day',
    security: 'session',
    body: createBookingSchema,
    response: bookingSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/bookings/mine',
    summary: 'My bookings',
    security: 'session',
    response: z.array(bookingSchema),
  },
  {
    method: 'post',
    path: '/api/bookings/{bookingId}/cancel',
    summary: 'Cancel my booking',
    security: 'session',
    response: bookingSchema,
  },
  {
    method: 'get',
    path: '/api/bookings/{bookingId}/pass',
    summary: "My booking's signed QR code and typed code",
    security: 'session',
    response: bookingPassSchema,
  },
  {
    method: 'post',
    path: '/api/booking-series',
    summary: 'Book a desk on chosen weekdays over a period; lists booked and refused dates',
    security: 'session',
    body: createBookingSeriesSchema,
    response: bookingSeriesResultSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/booking-series/{seriesId}/cancel',
    summary: 'Cancel every upcoming occurrence of my series',
    security: 'session',
    response: cancelledBookingSeriesSchema,
  },
  {
    method: 'post',
    path: '/api/waitlist',
    summary: 'Join the waitlist of a full slot (any desk, or a zone)',
    security: 'session',
    body: joinWaitlistSchema,
    response: waitlistEntrySchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/waitlist/mine',
    summary: 'My waitlist entries',
    security: 'session',
    response: z.array(waitlistEntrySchema),
  },
  {
    method: 'delete',
    path: '/api/waitlist/{entryId}',
    summary: 'Leave a waitlist',
    security: 'session',
    response: waitlistEntrySchema,
  },
  {
    method: 'get',
    path: '/api/me/pass',
    summary: 'My personal pass (QR code renewed every 30 s), to walk in without a booking',
    security: 'session',
    response: personPassSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/pair',
    summary: 'A tablet exchanges a pairing code for its device credential',
    security: 'none',
    body: pairKioskSchema,
    response: pairedKioskSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/kiosk/me',
    summary:
      'The calling kiosk, its site, message and occupancy (heartbeat; header X-Kiosk-App-Version)',
    security: 'kiosk',
    response: kioskIdentitySchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/check-ins',
    summary:
      'A scan: check in by QR token or typed code; a personal pass gets free desks (walk-in)',
    security: 'kiosk',
    body: checkInRequestSchema,
    response: checkInResultSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/check-outs',
    summary: 'Record a departure with the token of an « already checked in » answer',
    security: 'kiosk',
    body: checkOutRequestSchema,
    response: checkOutResultSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/walk-ins',
    summary: 'Book a free desk until the end of the slot and check in, from a walk-in offer',
    security: 'kiosk',
    body: walkInRequestSchema,
    response: checkInResultSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/kiosk/check-ins/offline',
    summary: 'Check-ins verified and queued by a kiosk while offline, applied at their scan time',
    security: 'kiosk',
    body: offlineCheckInsRequestSchema,
    response: offlineCheckInsResultSchema,
  },
  {
    method: 'get',
    path: '/api/kiosk/live',
    summary: "Server-Sent Events of the kiosk's site: occupancy, kiosk message, revocation",
    security: 'kiosk',
  },
  {
    method: 'get',
    path: '/api/kiosk/zones/{zone}/plan',
    summary: "A zone's plan image, to show where a desk is (kiosk)",
    security: 'kiosk',
  },
  {
    method: 'get',
    path: '/api/kiosk/keys',
    summary: 'Public keys (JWKS) that verify QR tokens',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/me/calendar-feed',
    summary:
      'Whether I have an iCalendar subscription address (never the address: only its hash is kept)',
    security: 'session',
    response: calendarFeedStatusSchema,
  },
  {
    method: 'post',
    path: '/api/me/calendar-feed/regenerate',
    summary: 'A new subscription address, shown this once; the previous one stops working',
    security: 'session',
    response: calendarFeedSchema,
  },
  {
    method: 'delete',
    path: '/api/me/calendar-feed',
    summary: 'No subscription address any more: calendars subscribed to it get 404',
    security: 'session',
    response: calendarFeedStatusSchema,
  },
  {
    method: 'get',
    path: '/api/calendar/{token}.ics',
    summary: "A person's active bookings as iCalendar (text/calendar); the token is the credential",
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/closures.ics',
    summary: "A site's dated closures as all-day iCalendar events (public)",
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/dev/outbox',
    summary: 'Mails kept instead of sent (no SMTP_URL, not in production); 404 otherwise',
    security: 'session',
    query: { limit: 'How many of the newest mails (1–100, default 50)' },
    response: outboxSchema,
  },
];

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<
    string,
    unknown
  >;

export function buildOpenApiDocument(): OpenAPIObject {
  const paths: OpenAPIObject['paths'] = {};
  const errorContent = {
    'application/json': { schema: jsonSchema(errorResponseSchema, 'output') },
  };
  for (const route of apiRoutes) {
    const pathParameters = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParameters = Object.entries(route.query ?? {}).map(([name, description]) => ({
      name,
      in: 'query',
      required: !/defaults to/.test(description),
      description,
      schema: { type: 'string' },
    }));
    const status = String(route.status ?? 200);
    paths[route.path] = {
      ...paths[route.path],
      [route.method]: {
        summary: route.summary,
        security: route.security === 'none' ? [] : [{ [route.security]: [] }],
        parameters: [...pathParameters, ...queryParameters],
        ...(route.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
              },
            }
          : {}),
        responses: {
          [status]: route.response
            ? {
                description: 'OK',
                content: { 'application/json': { schema: jsonSchema(route.response, 'output') } },
              }
            : { description: status === '302' ? 'Redirect' : 'OK' },
          default: { description: 'Error, with a sentence to show', content: errorContent },
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'AdmZ API',
      version: '0.1.0',
      description: 'Desk booking and QR check-in for the State co-working spaces.',
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'admz_session' },
        kiosk: { type: 'http', scheme: 'bearer', description: 'Kiosk device credential' },
      },
    },
  };
}
