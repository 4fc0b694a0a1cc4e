import {
  archiveSearchResultSchema,
  eventArchiveSchema,
  type ArchiveSearchQuery,
  type ArchiveSearchResult,
  type EventArchive,
  type ReplaceEventArchiveInput,
  eventApprovalSchema,
  eventAttendanceSchema,
  eventPassSchema,
  eventRegistrantSchema,
  eventRegistrationStateSchema,
  eventSchema,
  myEventRegistrationSchema,
  registrantsMessageSentSchema,
  type EventAttendance,
  type EventPass,
  type EventRegistrant,
  type MessageRegistrants,
  type RegistrantsMessageSent,
  type EventRegistrationState,
  type RegistrationMode,
  type CreateHostedEvent,
  type Event,
  type EventApproval,
  type ProposeEventInput,
  type MyEventRegistration,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const siteEventsPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/events`;

export function fetchUpcomingEvents(): Promise<Event[]> {
  return requestApi('/api/events', z.array(eventSchema));
}

export function fetchMyProposals(): Promise<Event[]> {
  return requestApi('/api/events/mine', z.array(eventSchema));
}

export function fetchMyRegistrations(): Promise<MyEventRegistration[]> {
  return requestApi('/api/events/registered', z.array(myEventRegistrationSchema));
}

export function fetchEvent(eventId: string): Promise<Event> {
  return requestApi(`/api/events/${encodeURIComponent(eventId)}`, eventSchema);
}

export function fetchSiteAgenda(siteId: string): Promise<Event[]> {
  return requestApi(siteEventsPath(siteId), z.array(eventSchema));
}

export function fetchPendingEvents(siteId: string): Promise<Event[]> {
  return requestApi(`${siteEventsPath(siteId)}/pending`, z.array(eventSchema));
}

export function proposeEvent(siteId: string, body: ProposeEventInput): Promise<Event> {
  return requestApi(siteEventsPath(siteId), eventSchema, { method: 'POST', body });
}

/** Without `confirm`, an event whose zone has desk bookings over it answers 409 with their list. */
export function createHostedEvent(
  siteId: string,
  body: ProposeEventInput & Pick<CreateHostedEvent, 'confirm'>,
): Promise<EventApproval> {
  return requestApi(`${siteEventsPath(siteId)}/hosted`, eventApprovalSchema, {
    method: 'POST',
    body,
  });
}

/** Without `confirm`, an approval that would cancel desk bookings answers 409 with their list. */
export function approveEvent(
  siteId: string,
  eventId: string,
  confirm: boolean,
): Promise<EventApproval> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/approval`,
    eventApprovalSchema,
    { method: 'POST', body: { confirm } },
  );
}

export function declineEvent(siteId: string, eventId: string, reason: string): Promise<Event> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/decline`,
    eventSchema,
    {
      method: 'POST',
      body: { reason },
    },
  );
}

export function fetchRegistrationState(eventId: string): Promise<EventRegistrationState> {
  return requestApi(
    `/api/events/${encodeURIComponent(eventId)}/registration`,
    eventRegistrationStateSchema,
  );
}

export function registerToEvent(
  eventId: string,
  mode: RegistrationMode,
): Promise<EventRegistrationState> {
  return requestApi(
    `/api/events/${encodeURIComponent(eventId)}/registration`,
    eventRegistrationStateSchema,
    { method: 'POST', body: { mode } },
  );
}

export function unregisterFromEvent(eventId: string): Promise<EventRegistrationState> {
  return requestApi(
    `/api/events/${encodeURIComponent(eventId)}/registration`,
    eventRegistrationStateSchema,
    { method: 'DELETE' },
  );
}

export function fetchRegistrants(siteId: string, eventId: string): Promise<EventRegistrant[]> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/registrations`,
    z.array(eventRegistrantSchema),
  );
}

/** The caller's event pass (in person, on the event's day): a QR code renewed every 30 s. */
export function fetchEventPass(eventId: string): Promise<EventPass> {
  return requestApi(`/api/events/${encodeURIComponent(eventId)}/pass`, eventPassSchema);
}

export function fetchAttendance(siteId: string, eventId: string): Promise<EventAttendance> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/attendance`,
    eventAttendanceSchema,
  );
}

export function cancelEvent(siteId: string, eventId: string, reason: string): Promise<Event> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/cancellation`,
    eventSchema,
    { method: 'POST', body: { reason } },
  );
}

export function messageRegistrants(
  siteId: string,
  eventId: string,
  message: MessageRegistrants,
): Promise<RegistrantsMessageSent> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/message`,
    registrantsMessageSentSchema,
    { method: 'POST', body: message },
  );
}

export function fetchEventArchive(eventId: string): Promise<EventArchive> {
  return requestApi(`/api/events/${encodeURIComponent(eventId)}/archive`, eventArchiveSchema);
}

/** Replaces the whole archive (a link left out is removed). */
export function replaceEventArchive(
  siteId: string,
  eventId: string,
  body: ReplaceEventArchiveInput,
): Promise<EventArchive> {
  return requestApi(
    `${siteEventsPath(siteId)}/${encodeURIComponent(eventId)}/archive`,
    eventArchiveSchema,
    { method: 'PUT', body },
  );
}

export function searchArchive(query: ArchiveSearchQuery): Promise<ArchiveSearchResult> {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') parameters.set(name, String(value));
  }
  return requestApi(`/api/events/archive?${parameters.toString()}`, archiveSearchResultSchema);
}
