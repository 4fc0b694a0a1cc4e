import {
  bookingPresenceSchema,
  presenceProfileSchema,
  presenceSearchResultSchema,
  setBookingPresenceSchema,
  updatePresenceProfileSchema,
  whoIsHereSchema,
  createRoomBookingSchema,
  createRoomSchema,
  roomBookingSchema,
  roomDayAvailabilitySchema,
  roomRulesSchema,
  roomSchema,
  updateRoomSchema,
  publicAgendaSchema,
  createGuestInvitationSchema,
  declineGuestInvitationSchema,
  guestSettingsSchema,
  guestInvitationSchema,
  guestPublicViewSchema,
  archiveSearchResultSchema,
  eventArchiveSchema,
  replaceEventArchiveSchema,
  eventAttendanceSchema,
  eventPassSchema,
  eventRegistrantSchema,
  eventRegistrationStateSchema,
  registerToEventSchema,
  approveEventSchema,
  cancelEventSchema,
  messageRegistrantsSchema,
  registrantsMessageSentSchema,
  createHostedEventSchema,
  declineEventSchema,
  eventApprovalSchema,
  eventSchema,
  myEventRegistrationSchema,
  proposeEventSchema,
  bulkCreateDesksSchema,
  createZoneSchema,
  deactivateDesksSchema,
  deskDeactivationSchema,
  reactivateDesksSchema,
  reorderZonesSchema,
  updateZoneSchema,
  accountDeletionSchema,
  analyticsSettingsSchema,
  networkAnalyticsSchema,
  openDataSiteSchema,
  openStatisticsSchema,
  siteAnalyticsSchema,
  auditEventSchema,
  siteHostsSchema,
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
  myBookingsSchema,
  checkInRequestSchema,
  checkInResultSchema,
  createBookingSchema,
  bookAnyDeskSchema,
  createDeskSchema,
  kioskPairingSchema,
  pairKioskSchema,
  setSettingsPinSchema,
  settingsUnlockResultSchema,
  settingsUnlockSchema,
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
  todayBoardSchema,
  evacuationListSchema,
  bookOnBehalfSchema,
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
import { sectionOf } from './api-reference';
import { z } from 'zod';

type Security = 'session' | 'kiosk' | 'none';
export type ApiRoute = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  /** What a caller should know beyond the schemas: statuses, limits, headers, side effects. */
  details?: string;
  security: Security;
  body?: z.core.$ZodType;
  query?: Record<string, string>;
  response?: z.core.$ZodType;
  status?: number;
};

/** Every API route with its shared schemas: the contract as OpenAPI, served at /api/docs. */
export const apiRoutes: ApiRoute[] = [
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
    details:
      'everything AdmZ holds about me (identity, roles, assigned desks, bookings with arrival and departure, series, waiting entries, offline scans, calendar feed status, open sessions, mails kept by the dev outbox, retention periods); `no-store`',
    security: 'session',
    response: myDataSchema,
  },
  {
    method: 'get',
    path: '/api/me/data/download',
    summary: 'The same, as a JSON file to download (Content-Disposition: attachment)',
    details:
      'the same as `GET /api/me/data`, with `Content-Disposition: attachment; filename="admz-mes-donnees.json"`',
    security: 'session',
    response: myDataSchema,
  },
  {
    method: 'delete',
    path: '/api/me',
    summary:
      'Delete my account: future bookings cancelled (waiting lists served), series ended, waiting entries left, past bookings anonymised, roles, calendar feed and sessions removed; clears the session cookie',
    details:
      'counts of what was done: bookings to come cancelled (waiting lists served), series ended, waiting entries left, past bookings anonymised, roles, desk assignments, feed and sessions removed, the person deleted; clears the session cookie',
    security: 'session',
    response: accountDeletionSchema,
  },
  {
    method: 'get',
    path: '/.well-known/security.txt',
    summary: 'How to report a vulnerability (RFC 9116, text/plain; Expires computed per request)',
    details:
      'RFC 9116, `text/plain`: `Contact`, `Expires` (180 days after the request), `Preferred-Languages: fr, en`, `Canonical` (from `PUBLIC_URL`), `Policy`',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/privacy/retention',
    summary: "This deployment's retention periods (public: the personal data page states them)",
    details:
      "this deployment's `RETENTION_*` periods and `SESSION_DAYS`, as the « Données personnelles » page states them",
    security: 'none',
    response: retentionPeriodsSchema,
  },
  {
    method: 'get',
    path: '/api/sites',
    summary: 'The sites one may book',
    details:
      'active sites; a temporary one from 30 days before its first day through its last (site calendar); hosts also get the sites they run and admins every active site; never an archived site',
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
    details:
      "a change of timezone, holiday region, extended hours or of a temporary site's dates answers 409 with `affectedBookings` until `confirm: true`; 422 when kind and dates do not hold together; written to the audit log with before and after",
    security: 'session',
    body: updateSiteSchema,
    response: siteSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/archive',
    summary:
      'Archive a site (admin): hidden from agents, no new booking, kept for history; 409 with `affectedBookings` until `?confirm=true` when bookings to come would be cancelled',
    details:
      'on confirmation its bookings to come are cancelled (each holder gets one mail saying the site closes, listing their cancelled bookings) and its waiting lists closed; 409 already archived',
    security: 'session',
    query: {
      confirm: '`true` once the admin has seen the bookings it would cancel; defaults to false',
    },
    response: siteSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/restore',
    summary: 'Restore an archived site (admin): listed and bookable again',
    details: 'what archiving cancelled stays cancelled; 409 when the site is not archived',
    security: 'session',
    response: siteSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/photo',
    summary:
      "Upload the site's photo (host): raw body, Content-Type image/jpeg, image/png or image/webp, at most 2 MB",
    details:
      'raw image body, recognised by its first bytes (`file-type`) → `Site` with its `photo`; 415 other Content-Type, 413 over 2 MB, 422 bytes that are no JPEG, PNG or WebP',
    security: 'session',
    response: siteSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/photo',
    summary: "The site's photo (JPEG, PNG or WebP, with ETag)",
    details:
      "the image, with `ETag` (304 on `If-None-Match`), `Cache-Control: private, no-cache`, `X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none'; sandbox`; 404 without photo",
    security: 'session',
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/photo',
    summary: "Remove the site's photo (host)",
    details: '404 when it has none',
    security: 'session',
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
    details:
      "`isActive: false` cancels the desk's bookings to come: 409 with `affectedBookings` until `confirm: true`, as `POST …/desks/deactivation`",
    security: 'session',
    body: updateDeskSchema,
    response: deskSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/desks/bulk',
    summary: 'Add a series of desks, « A-01 à A-12 » in one zone (host)',
    details:
      'labels `prefix` + each number from `first` to `last`, zero-padded to `width` digits (`bulkDeskLabels`); at most 200 (400 beyond); all or none: 409 with `existingLabels` when a label is taken; an unknown zone is created, last',
    security: 'session',
    body: bulkCreateDesksSchema,
    response: z.array(deskSchema),
    status: 201,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/desks/deactivation',
    summary: 'Take desks out of booking (host); 409 with `affectedBookings` until `confirm: true`',
    details:
      'confirmed: their bookings to come are cancelled, each holder mailed (one mail per person), the waiting lists of those slots served by the other desks; checked-in bookings stay',
    security: 'session',
    body: deactivateDesksSchema,
    response: deskDeactivationSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/desks/reactivation',
    summary: 'Make desks bookable again (host)',
    security: 'session',
    body: reactivateDesksSchema,
    response: z.array(deskSchema),
  },
  {
    method: 'get',
    path: '/api/me/presence-profile',
    summary: "The caller's « Qui est là ? » profile (off, empty, when never set)",
    security: 'session',
    response: presenceProfileSchema,
  },
  {
    method: 'put',
    path: '/api/me/presence-profile',
    summary: "Set the caller's « Qui est là ? » profile: visible or not, work summary, skill tags",
    details:
      'summary at most 280 characters, at most 8 tags of 40 characters (the same tag twice, accents and case aside, is refused)',
    security: 'session',
    body: updatePresenceProfileSchema,
    response: presenceProfileSchema,
  },
  {
    method: 'delete',
    path: '/api/me/presence-profile',
    summary: '« Quitter »: delete the profile at once and forget every per-booking choice',
    details: 'the row is deleted, not hidden; answers the empty profile',
    security: 'session',
    response: presenceProfileSchema,
  },
  {
    method: 'patch',
    path: '/api/bookings/{bookingId}/presence',
    summary: "Show or hide the caller for one booking's day, or follow the profile (null)",
    details: '404 for a booking that is not the caller’s; `isVisible` is what the day shows now',
    security: 'session',
    body: setBookingPresenceSchema,
    response: bookingPresenceSchema,
  },
  {
    method: 'get',
    path: '/api/presence/bookings',
    summary: "The per-booking choice of each of the caller's bookings to come",
    security: 'session',
    response: z.array(bookingPresenceSchema),
  },
  {
    method: 'get',
    path: '/api/presence/search',
    summary: 'Search the people shown on a day by skill tag, administration or site',
    details:
      'a tag matches whole, accents and case aside (« donnees » finds « Données »); an administration by any part of its name; without `date`, each site’s own today; never a past day',
    security: 'session',
    query: {
      tag: 'A skill tag (optional, defaults to any)',
      administration: 'Part of an administration’s name (optional, defaults to any)',
      siteId: 'One site only (optional, defaults to every site)',
      date: 'A site-calendar day, YYYY-MM-DD (optional, defaults to today)',
    },
    response: presenceSearchResultSchema,
  },
  {
    method: 'get',
    path: '/api/presence/sites/{siteId}/days/{date}',
    summary: 'Who is shown at a site on a day, and the administrations present',
    details:
      'only bookings holding their desk (confirmed, checked in) whose holder opted in (the booking’s choice, else the profile); the same answer for agents, hosts and admins; 422 for a past day, 404 for an unknown or archived site',
    security: 'session',
    response: whoIsHereSchema,
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Approved events to come at the sites the caller may book, soonest first (at most 12)',
    security: 'session',
    response: z.array(eventSchema),
  },
  {
    method: 'get',
    path: '/api/events/mine',
    summary: 'The events the caller proposed, not over yet, whatever their status',
    security: 'session',
    response: z.array(eventSchema),
  },
  {
    method: 'get',
    path: '/api/events/registered',
    summary:
      'The approved events to come the caller is registered to or waits for, soonest first, with their registration',
    details:
      'a remote registration carries the visio link, also mailed 30 minutes before the start; a waiting one its place on the list',
    security: 'session',
    response: z.array(myEventRegistrationSchema),
  },
  {
    method: 'get',
    path: '/api/events/archive',
    summary: 'Search the archive of past events (any agent): approved events that are over',
    details:
      'French full-text search (stemmed, accents ignored) over title, description, theme tags, summary and link labels, best matches first; newest first without words; cancelled, declined, proposed and future events never appear; 10 a page; `themes` and `administrations`: the values the filters offer',
    security: 'session',
    query: {
      q: 'Words, in French (web search syntax: "quoted phrase", -excluded, or)',
      theme: 'Only events with this theme tag (case ignored)',
      siteId: 'Only events of this site',
      type: 'Only events of this type (talk, thematic_day, workshop, lunch, other)',
      administration:
        'Only events organised by this administration (a key of `administrations`: its SIRET, else its label)',
      page: 'Page, from 1 (defaults to 1)',
    },
    response: archiveSearchResultSchema,
  },
  {
    method: 'get',
    path: '/api/events/{eventId}/archive',
    summary: 'The archive of an approved event: its summary, links and theme tags (any agent)',
    details:
      '`isOver` false and empty until the event ends; `canEdit` for its organisers once over; 404 for an event not approved',
    security: 'session',
    response: eventArchiveSchema,
  },
  {
    method: 'get',
    path: '/api/events/{eventId}',
    summary: 'One event',
    details:
      'an approved event for every agent; a proposal, a declined or cancelled event only for who proposed it and the hosts of its site (404 otherwise); `visioUrl` only for them',
    security: 'session',
    response: eventSchema,
  },
  {
    method: 'get',
    path: '/api/events/{eventId}/registration',
    summary: "How full an approved event is, and the caller's registration",
    details:
      '`mine.visioUrl`: the visio link, once registered remotely; 404 for an event not approved',
    security: 'session',
    response: eventRegistrationStateSchema,
  },
  {
    method: 'post',
    path: '/api/events/{eventId}/registration',
    summary: 'Register to an approved event, in person or remotely',
    details:
      'in person: `registered` within the places, else `waiting` (counted under an advisory lock of the event, on any process); remotely: no limit, only for an event with a visio link (422 otherwise); 409 when already registered; 422 once it has started',
    security: 'session',
    body: registerToEventSchema,
    response: eventRegistrationStateSchema,
  },
  {
    method: 'delete',
    path: '/api/events/{eventId}/registration',
    summary: "Cancel the caller's registration",
    details:
      'a place freed in person goes to the oldest waiting person, who is mailed; 404 when not registered; 422 once started or once checked in at the door',
    security: 'session',
    response: eventRegistrationStateSchema,
  },
  {
    method: 'get',
    path: '/api/events/{eventId}/pass',
    summary: "The caller's event pass: a rotating QR code for the door (in person, on the day)",
    details:
      'same signed tokens as a booking pass, of kind `admz-event` (never read as a booking token); renewed every 30 s, typed code included; 404 when not registered, 422 when remote, waiting, not the event day (site calendar) or over',
    security: 'session',
    response: eventPassSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/events/{eventId}/registrations',
    summary:
      "The event's registrants: registered, then waiting, in order of arrival, with their check-in time (organiser)",
    security: 'session',
    response: z.array(eventRegistrantSchema),
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/events/{eventId}/attendance',
    summary:
      'Who came: people registered in person, checked in, and no-shows once over (organiser)',
    security: 'session',
    response: eventAttendanceSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/events',
    summary: "The site's agenda: its approved events not over yet, soonest first",
    security: 'session',
    response: z.array(eventSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events',
    summary: "Propose an event at the site (any agent); it waits for the site's hosts",
    details:
      "one day, site-local times (a time skipped by DST is refused), not in the past, at most 365 days ahead, in a zone of the site or one of its rooms (`roomId` instead of `zoneId`, capacity within the room's); a proposal holds no space",
    security: 'session',
    body: proposeEventSchema,
    response: eventSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/guests/invitations',
    summary: 'Invite a guest from outside the administration for a day at a site (any agent)',
    details:
      'the site open that day, from today to 90 days ahead (site calendar); at most 5 per agent and day (409, counted under an advisory lock); one invitation per person, site and day (409); `pending` where the site requires a host approval, else `approved` and the guest is mailed their link at once',
    security: 'session',
    body: createGuestInvitationSchema,
    response: guestInvitationSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/guests/invitations',
    summary: "The caller's invitations: coming days first, then past ones",
    security: 'session',
    response: z.array(guestInvitationSchema),
  },
  {
    method: 'post',
    path: '/api/guests/invitations/{invitationId}/cancel',
    summary: "Cancel one of the caller's invitations",
    details:
      '404 when not the caller’s; 409 when already cancelled or declined, or the guest has come',
    security: 'session',
    response: guestInvitationSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/guests/invitations',
    summary:
      "The site's invitations of a day, or (no date) those awaiting a decision from today on (host)",
    security: 'session',
    query: { date: 'YYYY-MM-DD, site calendar (optional)' },
    response: z.array(guestInvitationSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/guests/invitations/{invitationId}/approval',
    summary:
      'Approve a pending invitation (host): the guest is mailed their link, the inviter told',
    details: '404 when not an invitation of this site; 409 when not pending; audited',
    security: 'session',
    response: guestInvitationSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/guests/invitations/{invitationId}/decline',
    summary: 'Decline a pending invitation with a reason, mailed to the inviter (host)',
    details: '404 when not an invitation of this site; 409 when not pending; audited',
    security: 'session',
    body: declineGuestInvitationSchema,
    response: guestInvitationSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/guests/settings',
    summary:
      "The site's rules for guests: a host's approval of each invitation, the usage charter (host)",
    security: 'session',
    response: guestSettingsSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/guests/settings',
    summary: "Change the site's rules for guests (host)",
    details:
      'an empty charter is no charter; invitations already approved keep their state, a guest who has not accepted yet reads the new charter; audited',
    security: 'session',
    body: guestSettingsSchema,
    response: guestSettingsSchema,
  },
  {
    method: 'get',
    path: '/api/public/guest-invitations/{secret}',
    summary: "The guest's page, opened by the secret link of their mail (no account)",
    details:
      'site, day, access information, the usage charter if any; the rotating QR pass (kind `admz-guest`, renewed every 30 s) and typed code once approved and the charter accepted, on the day only (site calendar); 404 for an unknown, renewed or cancelled link (256-bit secret, only its hash stored)',
    security: 'none',
    response: guestPublicViewSchema,
  },
  {
    method: 'post',
    path: '/api/public/guest-invitations/{secret}/charter-acceptance',
    summary: "The guest accepts the site's usage charter (the first acceptance stands)",
    details:
      '404 for an unknown link; 409 when the site has no charter or the invitation was declined',
    security: 'none',
    response: guestPublicViewSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/events/pending',
    summary: 'Proposals waiting for a decision (host)',
    security: 'session',
    response: z.array(eventSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events/hosted',
    summary:
      'Create an event, approved at once (host); 409 with `affectedBookings` until `confirm: true`',
    details: 'as a proposal followed by its approval, in one transaction',
    security: 'session',
    body: createHostedEventSchema,
    response: eventApprovalSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events/{eventId}/approval',
    summary: 'Approve a proposal (host); 409 with `affectedBookings` until `confirm: true`',
    details:
      'the event holds its zone (exclusion constraint: 409 when another approved event overlaps it there), or its room through a room booking of its own (409 naming the room when a group or another event holds it); confirmed desk bookings of the zone over its time are cancelled, each holder mailed; who proposed it is mailed; desks of the zone are refused to bookings over it (409)',
    security: 'session',
    body: approveEventSchema,
    response: eventApprovalSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events/{eventId}/message',
    summary: "Write to the event's registrants, registered or waiting (organiser)",
    details:
      'the message is kept (`event_messages`) and mailed to each person, with the event recalled; 409 for an event not approved',
    security: 'session',
    body: messageRegistrantsSchema,
    response: registrantsMessageSentSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events/{eventId}/cancellation',
    summary: 'Cancel an approved event with a reason (organiser)',
    details:
      'its zone or room is free again; each person registered or waiting, and who proposed it, is mailed the reason; 409 for an event not approved; 422 once it is over',
    security: 'session',
    body: cancelEventSchema,
    response: eventSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/events/{eventId}/archive',
    summary: 'Replace the archive of an event that is over: summary, links and theme tags (host)',
    details:
      "links: http(s) addresses only, at most 20; the theme tags replace the event's; written to the audit log; 409 for an event not approved or not over yet",
    security: 'session',
    body: replaceEventArchiveSchema,
    response: eventArchiveSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/events/{eventId}/decline',
    summary: 'Decline a proposal with a reason, mailed to who proposed it (host)',
    security: 'session',
    body: declineEventSchema,
    response: eventSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/rooms',
    summary:
      "The site's rooms and large tables, by name: the active ones for agents, all of them for its hosts",
    security: 'session',
    response: z.array(roomSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/rooms',
    summary: 'Create a room or a large table (host)',
    details: 'capacity 2 to 200; 409 when the name is taken on the site; written to the audit log',
    security: 'session',
    body: createRoomSchema,
    response: roomSchema,
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/sites/{siteId}/rooms/{roomId}',
    summary: 'Change a room: name, kind, capacity, equipment, or take it out of booking (host)',
    details:
      '`isActive: false` keeps the bookings already made; nobody can book it any more; written to the audit log',
    security: 'session',
    body: updateRoomSchema,
    response: roomSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/rooms/availability',
    summary:
      "A day of the site's rooms: its hours, its room rules, each active room's busy intervals",
    details:
      'busy intervals in site-local time, group bookings and event holds alike, without who holds them',
    security: 'session',
    query: { date: 'The day, site calendar (YYYY-MM-DD)' },
    response: roomDayAvailabilitySchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/rooms/rules',
    summary: "The site's room rules: longest booking, horizon, upcoming bookings per person (host)",
    security: 'session',
    response: roomRulesSchema,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/rooms/rules',
    summary: "Change the site's room rules (host)",
    details:
      'the longest booking in quarter hours (30 min to 24 h); bookings already made stay; audited',
    security: 'session',
    body: roomRulesSchema,
    response: roomRulesSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/rooms/bookings',
    summary: "The site's room bookings of a day, event holds included (host)",
    security: 'session',
    query: { date: 'The day, site calendar (YYYY-MM-DD)' },
    response: z.array(roomBookingSchema),
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/rooms/bookings/{roomBookingId}',
    summary:
      'Cancel a group booking of a room of the site (host); who booked it and the people named are mailed',
    details:
      "422 for an event's hold (cancel the event) or a meeting that is over; written to the audit log",
    security: 'session',
    response: roomBookingSchema,
  },
  {
    method: 'post',
    path: '/api/rooms/bookings',
    summary: 'Book a room for a group, by the quarter hour (any agent)',
    details:
      "within one opening range of the site that day (closed days refused), 30 min to the site's maximum (4 h by default), at most 30 days ahead by default, headcount within the room's capacity (422 otherwise); at most 3 upcoming room bookings per person by default, counted under the person's advisory lock; 409 when the room is taken (exclusion constraint, events included); the booker and each person named get a mail with an `.ics`, a named colleague with an account gets it in their list and calendar feed",
    security: 'session',
    body: createRoomBookingSchema,
    response: roomBookingSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/rooms/bookings/mine',
    summary: 'The group bookings to come the caller booked or is named in, soonest first',
    security: 'session',
    response: z.array(roomBookingSchema),
  },
  {
    method: 'delete',
    path: '/api/rooms/bookings/{roomBookingId}',
    summary: 'Cancel a room booking the caller made; the people named are mailed',
    details:
      '403 for a person named in it who did not book it; 404 for anybody else; 422 once over',
    security: 'session',
    response: roomBookingSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/zones',
    summary: 'Create a zone, placed last (host)',
    details: "→ the site's zones in order; 409 when the name is taken",
    security: 'session',
    body: createZoneSchema,
    response: z.array(zoneSummarySchema),
    status: 201,
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/zones/order',
    summary: "Order the site's zones (host): every zone id, in the order wanted",
    details: '422 unless `zoneIds` names each zone of the site once',
    security: 'session',
    body: reorderZonesSchema,
    response: z.array(zoneSummarySchema),
  },
  {
    method: 'patch',
    path: '/api/sites/{siteId}/zones/{zoneId}',
    summary: 'Rename a zone and/or move it to `position` (1 = first) (host)',
    details:
      'a rename carries its desks, plan, waiting entries and the hourly-zone rule along; 409 when the name is taken',
    security: 'session',
    body: updateZoneSchema,
    response: z.array(zoneSummarySchema),
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/zones/{zoneId}',
    summary: 'Delete a zone without desks (host); its plan goes with it',
    details:
      '409 with a sentence while it holds desks (active or not), or when it is the only zone offered by the hour',
    security: 'session',
    response: z.array(zoneSummarySchema),
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
    details:
      "the site's zones in the hosts' order (`position`), with their active desk counts and the plan's type, size and URL, or `plan: null`",
    security: 'session',
    response: z.array(zoneSummarySchema),
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary:
      'Upload the plan of a zone (host): raw body, Content-Type image/svg+xml or image/png, at most 2 MB; zone URL-encoded',
    details:
      'raw image body, `Content-Type: image/svg+xml` or `image/png`, 2 MB at most → `UploadedZonePlan` (`removedContent` lists what was stripped from an SVG); 415 other type, 413 too large, 422 not a valid PNG/SVG or no size, 404 unknown zone',
    security: 'session',
    response: uploadedZonePlanSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary: 'The plan image of a zone (SVG or PNG, with ETag)',
    details:
      "the image, with `ETag` (304 on `If-None-Match`), `Cache-Control: private, no-cache`, `X-Content-Type-Options: nosniff`, `Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox`",
    security: 'session',
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/zones/{zone}/plan',
    summary: 'Remove the plan of a zone (host)',
    details: 'desk positions are kept for a new plan',
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
    path: '/api/sites/{siteId}/hosts',
    summary: "A site's hosts, and the invitations waiting for a first login (admin)",
    security: 'session',
    response: siteHostsSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/hosts',
    summary:
      'Appoint a host by e-mail (admin): at once when the person has logged in, else an invitation granted at their first login',
    details: 'the same address again changes nothing; each change is in the audit log',
    security: 'session',
    body: personByEmailSchema,
    response: siteHostsSchema,
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/hosts/{userId}',
    summary: 'Remove a host of the site (admin)',
    details: '404 when the person is not one',
    security: 'session',
    response: siteHostsSchema,
  },
  {
    method: 'delete',
    path: '/api/sites/{siteId}/host-invitations/{invitationId}',
    summary: 'Cancel an invitation not yet accepted (admin)',
    details: '404 when it was accepted meanwhile',
    security: 'session',
    response: siteHostsSchema,
  },
  {
    method: 'get',
    path: '/api/people',
    summary: 'People who have logged in, by name or e-mail (admin, to appoint hosts)',
    details: 'at most 20, each word of the query matched anywhere',
    security: 'session',
    query: { query: 'Two characters or more' },
    response: z.array(sitePersonSchema),
  },
  {
    method: 'get',
    path: '/api/admin/sites',
    summary: 'Every site of the network, archived ones last (admin)',
    details:
      'unlike `GET /api/sites` (what agents may book), archived sites and temporary sites outside their notice window too',
    security: 'session',
    response: z.array(siteSchema),
  },
  {
    method: 'get',
    path: '/api/admin/audit',
    summary: 'The audit log of host and admin actions, newest first (admin)',
    security: 'session',
    query: {
      siteId: 'Only this site (optional, defaults to every site)',
      actorId: 'Only what this person did (optional, defaults to everyone)',
      kind: 'Only this kind of action (optional, defaults to every kind)',
      limit: 'How many (1–200, defaults to 50)',
    },
    response: z.array(auditEventSchema),
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/analytics',
    summary:
      "A site's statistics over a period (host): occupancy by day, half-day, zone and desk, no-shows, people, administrations",
    details:
      'computed by PostgreSQL aggregates; 422 when the period is longer than 366 days; `visitors` (names of repeat visitors) is null unless the site shows names',
    security: 'session',
    query: {
      from: 'First day, YYYY-MM-DD (site calendar)',
      to: 'Last day, YYYY-MM-DD, at most 366 days after `from`',
    },
    response: siteAnalyticsSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/analytics/{table}.csv',
    summary:
      'One table of the statistics as CSV (host): `days`, `zones`, `desks`, `administrations`, `visitors`',
    details:
      '`text/csv`: UTF-8 with BOM, `;` separators, decimal comma, CRLF (opens as is in French Excel and LibreOffice); `visitors` is 404 unless the site shows names',
    security: 'session',
    query: { from: 'First day, YYYY-MM-DD', to: 'Last day, YYYY-MM-DD' },
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/analytics-settings',
    summary:
      "The site's privacy switch (admin): whether its hosts see the names of repeat visitors, or counts only (the default)",
    details: 'each change is in the audit log (before and after)',
    security: 'session',
    body: analyticsSettingsSchema,
    response: analyticsSettingsSchema,
  },
  {
    method: 'get',
    path: '/api/analytics/network',
    summary: 'Every site over a period, and the network totals (admin)',
    details: 'people and administrations counted once across sites; 422 beyond 366 days',
    security: 'session',
    query: { from: 'First day, YYYY-MM-DD', to: 'Last day, YYYY-MM-DD' },
    response: networkAnalyticsSchema,
  },
  {
    method: 'get',
    path: '/api/analytics/network.csv',
    summary: 'The network table as CSV (admin)',
    details: '`text/csv`, same format as the site tables',
    security: 'session',
    query: { from: 'First day, YYYY-MM-DD', to: 'Last day, YYYY-MM-DD' },
  },
  {
    method: 'get',
    path: '/api/open-statistics',
    summary:
      'Open statistics (public): per site and complete month, occupancy, visits, administrations, share of open days shared by several',
    details:
      'no personal data; a site-month with fewer than 5 distinct people has every figure null and `suppressed: true`; `Cache-Control: public, max-age=3600`, recomputed at most every 10 minutes',
    security: 'none',
    query: { months: 'How many complete months back (1–24, defaults to 12)' },
    response: openStatisticsSchema,
  },
  {
    method: 'get',
    path: '/api/open-statistics.csv',
    summary:
      'The same as CSV (public), one line per site and month, events included; withheld figures read « < 5 personnes »',
    details: '`text/csv` (UTF-8 with BOM, `;`, decimal comma), as an attachment',
    security: 'none',
    query: { months: 'How many complete months back (1–24, defaults to 12)' },
  },
  {
    method: 'get',
    path: '/api/open-data/sites',
    summary:
      'The sites as open data (public): name, address, access, hours (OpenStreetMap syntax), desks by accessibility attribute',
    details: '`Cache-Control: public, max-age=3600`',
    security: 'none',
    response: z.array(openDataSiteSchema),
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
    details: 'date defaults to today, site time',
    security: 'session',
    query: { date: 'YYYY-MM-DD, defaults to today' },
    response: presenceSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/today',
    summary:
      "Today's board: every booking of the site's day with its state, and the desks free now (host)",
    details:
      'today on the site calendar, rebuilt from the database on each read; states expected, arrived, left, no_show',
    security: 'session',
    response: todayBoardSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/evacuation',
    summary: 'Everyone on site now (checked in, not gone; walk-ins included), by zone (host)',
    security: 'session',
    response: evacuationListSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/people',
    summary: 'People who have logged in, by name or e-mail (host, to book on their behalf)',
    details: 'at most 20, each word of the query matched anywhere',
    security: 'session',
    query: { query: 'Two characters or more' },
    response: z.array(sitePersonSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/bookings',
    summary: 'Book a desk of the site for a person who has logged in, by e-mail (host)',
    details:
      "the person's own rules apply (open, free, weekly maximum…); recorded as booked by the host; the person is mailed; 422 for an address nobody logged in with",
    security: 'session',
    body: bookOnBehalfSchema,
    response: bookingSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/bookings/{bookingId}/cancel',
    summary: "Cancel a person's booking for them (host)",
    details:
      'the person is mailed; already cancelled: 200, unchanged; 409 once arrived or released; 422 once over',
    security: 'session',
    response: bookingSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/bookings/{bookingId}/arrival',
    summary: 'Mark an arrival by hand (host)',
    details:
      'within the check-in window; already arrived: 200, unchanged; a released booking is given back while its desk is free (409 otherwise); 409 once left or cancelled',
    security: 'session',
    response: bookingSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/bookings/{bookingId}/departure',
    summary: 'Mark a departure by hand (host)',
    details: 'already left: 200, unchanged; 409 when not arrived, released or cancelled',
    security: 'session',
    response: bookingSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/kiosks',
    summary: "A site's kiosks (host)",
    details: 'paired, last seen, app version, revoked',
    security: 'session',
    response: z.array(kioskSchema),
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks',
    summary: 'Create a kiosk; its one-time pairing code (10 minutes) is shown once (host)',
    details: 'the pairing code, shown once',
    security: 'session',
    body: createKioskSchema,
    response: kioskPairingSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks/{kioskId}/pairing-code',
    summary: 'A new pairing code for a kiosk, e.g. a replaced tablet (host)',
    details: 'a new code; the tablet that pairs with it replaces the previous one; 409 revoked',
    security: 'session',
    response: kioskPairingSchema,
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/live',
    summary:
      'Server-Sent Events: occupancy, arrivals and departures, kiosk message, as they happen (host)',
    details:
      'Server-Sent Events (`LiveEvent`): `occupancy` first, then `attendance` (booked, checked_in, checked_out, cancelled, absent, with who and which desk), `kiosk-message`',
    security: 'session',
  },
  {
    method: 'put',
    path: '/api/sites/{siteId}/kiosks/{kioskId}/settings-pin',
    summary: 'Set or change the code that opens a kiosk’s settings at the door (host)',
    details:
      '4 to 8 digits, kept as a salted scrypt hash, never sent back (`hasSettingsPin`); audited; 409 revoked',
    security: 'session',
    body: setSettingsPinSchema,
    response: kioskSchema,
  },
  {
    method: 'post',
    path: '/api/sites/{siteId}/kiosks/{kioskId}/revoke',
    summary: 'Revoke a kiosk (host)',
    details: 'the tablet is refused (401) at its next call and told at once on its live stream',
    security: 'session',
    response: kioskSchema,
  },
  {
    method: 'post',
    path: '/api/bookings',
    summary: 'Book a desk for a half or full day',
    details:
      '409 taken / already booked; 422 past, closed, outside hours, inactive desk, desk of another site',
    security: 'session',
    body: createBookingSchema,
    response: bookingSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/bookings/any-desk',
    summary: '« Un poste libre »: book a free desk AdmZ picks for a half or full day',
    details:
      'the usual zone first, then the usual equipment, then any; the same rules as a chosen desk; 409 none free / already booked; 422 past, closed, outside the window',
    security: 'session',
    body: bookAnyDeskSchema,
    response: bookingSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/bookings/mine',
    summary: 'My bookings: the upcoming ones, then the past a page at a time',
    details:
      'cancelled included; upcoming = started less than a day ago or later, soonest first (first page only); past = older, latest first, 20 a page; 400 bad cursor',
    security: 'session',
    query: {
      before: 'nextBefore of the previous page (optional): the next page of past bookings',
    },
    response: myBookingsSchema,
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
    details:
      'a QR token renewed every 30 s (`refreshAfter`), dead 45 s after issue (`expiresAt`), short code, SVG; 422 cancelled, released, left',
    security: 'session',
    response: bookingPassSchema,
  },
  {
    method: 'post',
    path: '/api/booking-series',
    summary: 'Book a desk on chosen weekdays over a period; lists booked and refused dates',
    details:
      'each date `booked` with its `Booking`, or `refused` with the sentence a single booking would get; 400 when `until < from`, no weekday, > 6 months or > 100 dates',
    security: 'session',
    body: createBookingSeriesSchema,
    response: bookingSeriesResultSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/booking-series/{seriesId}/cancel',
    summary: 'Cancel every upcoming occurrence of my series',
    details:
      'every occurrence not yet started is cancelled (one occurrence: `POST /api/bookings/:id/cancel`); 404 for anyone else',
    security: 'session',
    response: cancelledBookingSeriesSchema,
  },
  {
    method: 'post',
    path: '/api/waitlist',
    summary: 'Join the waitlist of a full slot (any desk, or a zone)',
    details:
      '409 a desk is free (book it), already a desk then, already waiting; 422 closed, slot started, unknown zone',
    security: 'session',
    body: joinWaitlistSchema,
    response: waitlistEntrySchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/waitlist/mine',
    summary: 'My waitlist entries',
    details: '`position` while waiting, `promotedBookingId` once served',
    security: 'session',
    response: z.array(waitlistEntrySchema),
  },
  {
    method: 'delete',
    path: '/api/waitlist/{entryId}',
    summary: 'Leave a waitlist',
    details: 'status `cancelled`; 409 once promoted or expired',
    security: 'session',
    response: waitlistEntrySchema,
  },
  {
    method: 'get',
    path: '/api/me/pass',
    summary: 'My personal pass (QR code renewed every 30 s), to walk in without a booking',
    details: "the person's own rotating pass, to walk in without a booking",
    security: 'session',
    response: personPassSchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/pair',
    summary: 'A tablet exchanges a pairing code for its device credential',
    details:
      '422 unknown, used or expired code; 429 too many wrong codes (per address, or everywhere), with `Retry-After`',
    security: 'none',
    body: pairKioskSchema,
    response: pairedKioskSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/kiosk/settings-unlock',
    summary: 'The kiosk checks the settings code typed at the door',
    details:
      '`{ unlocked: true }`; 403 wrong code (tries left in the sentence); 409 no code set; 429 after 5 wrong codes, locked 5 minutes (audited), with `Retry-After`',
    security: 'kiosk',
    body: settingsUnlockSchema,
    response: settingsUnlockResultSchema,
  },
  {
    method: 'get',
    path: '/api/kiosk/me',
    summary:
      'The calling kiosk, its site, message and occupancy (heartbeat; header X-Kiosk-App-Version)',
    details:
      "site, hosts' message, occupancy, server time; the 30 s heartbeat, header `X-Kiosk-App-Version`",
    security: 'kiosk',
    response: kioskIdentitySchema,
  },
  {
    method: 'post',
    path: '/api/kiosk/check-ins',
    summary:
      'A scan: check in by QR token or typed code; a personal pass gets free desks (walk-in)',
    details:
      '`checked_in`, `already_checked_in` (+ `checkOutToken`) or `walk_in` (personal pass: free desks and `offerToken`); 422 with the reason; 429 too many wrong typed codes, with `Retry-After`',
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
    details: 'booked from now to the end of the slot and checked in; 409 desk just taken',
    security: 'kiosk',
    body: walkInRequestSchema,
    response: checkInResultSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/kiosk/check-ins/offline',
    summary: 'Check-ins verified and queued by a kiosk while offline, applied at their scan time',
    details:
      "each queued scan applied at its scan time, or already checked in, or refused with why (scan time outside the kiosk's recorded outages…); a resent item gets its first answer",
    security: 'kiosk',
    body: offlineCheckInsRequestSchema,
    response: offlineCheckInsResultSchema,
  },
  {
    method: 'get',
    path: '/api/kiosk/live',
    summary: "Server-Sent Events of the kiosk's site: occupancy, kiosk message, revocation",
    details:
      'Server-Sent Events of its site: `occupancy`, `attendance` (without names), `kiosk-message`, `kiosk-revoked`',
    security: 'kiosk',
  },
  {
    method: 'get',
    path: '/api/kiosk/zones/{zone}/plan',
    summary: "A zone's plan image, to show where a desk is (kiosk)",
    details: "the zone's plan image, to show where the desk is",
    security: 'kiosk',
  },
  {
    method: 'get',
    path: '/api/kiosk/keys',
    summary: 'Public keys (JWKS) that verify QR tokens',
    details: 'JWKS of every key QR tokens may be signed with (current and `QR_VERIFICATION_KEYS`)',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/me/calendar-feed',
    summary:
      'Whether I have an iCalendar subscription address (never the address: only its hash is kept)',
    details: '`{ isActive, createdAt }`: never the address (only its SHA-256 is stored)',
    security: 'session',
    response: calendarFeedStatusSchema,
  },
  {
    method: 'post',
    path: '/api/me/calendar-feed/regenerate',
    summary: 'A new subscription address, shown this once; the previous one stops working',
    details: '`{ url, createdAt }`: a new address, shown this once; any previous one answers 404',
    security: 'session',
    response: calendarFeedSchema,
  },
  {
    method: 'delete',
    path: '/api/me/calendar-feed',
    summary: 'No subscription address any more: calendars subscribed to it get 404',
    details: 'no address any more; subscribed calendars get 404',
    security: 'session',
    response: calendarFeedStatusSchema,
  },
  {
    method: 'get',
    path: '/api/calendar/{token}.ics',
    summary: "A person's active bookings as iCalendar (text/calendar); the token is the credential",
    details:
      '`text/calendar`: my confirmed and checked-in bookings from 30 days ago on, UTC instants, stable UIDs',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/sites/{siteId}/closures.ics',
    summary: "A site's dated closures as all-day iCalendar events (public)",
    details: "`text/calendar`: the site's dated closures and public holidays, as all-day events",
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/public/events',
    summary:
      'The public agenda (public): approved events open to everyone, not over, at the active sites, and those sites (tour stops to come with their dates)',
    details:
      'no personal data: no proposer, no visio link, no registrant; 404 for an unknown or archived `siteId`; `Cache-Control: public, max-age=300`',
    security: 'none',
    query: { siteId: "One site's events only (optional)" },
    response: publicAgendaSchema,
  },
  {
    method: 'get',
    path: '/api/public/events.ics',
    summary: "The network's public events as iCalendar (public)",
    details:
      '`text/calendar`: UTC instants, UIDs `evenement-<id>@admz.beta.gouv.fr`; `Cache-Control: public, max-age=900`, `ETag` (304 to `If-None-Match`)',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/public/sites/{siteId}/events.ics',
    summary: "One site's public events as iCalendar (public)",
    details: '`text/calendar`, as the network feed; 404 for an unknown, archived or finished site',
    security: 'none',
  },
  {
    method: 'get',
    path: '/api/dev/outbox',
    summary: 'Mails kept instead of sent (no SMTP_URL, not in production); 404 otherwise',
    details: 'mails kept instead of sent; 404 with `SMTP_URL`, a real provider or in production',
    security: 'session',
    query: { limit: 'How many of the newest mails (1–100, default 50)' },
    response: outboxSchema,
  },
];

const jsonSchema = (schema: z.core.$ZodType, io: 'input' | 'output') =>
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
        tags: [sectionOf(route)],
        ...(route.details ? { description: route.details } : {}),
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
