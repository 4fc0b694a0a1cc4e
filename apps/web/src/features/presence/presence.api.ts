import {
  bookingPresenceSchema,
  presenceProfileSchema,
  presenceSearchResultSchema,
  whoIsHereSchema,
  type BookingPresence,
  type PresenceProfile,
  type PresenceSearchQuery,
  type PresenceSearchResult,
  type UpdatePresenceProfileInput,
  type WhoIsHere,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const profilePath = '/api/me/presence-profile';

export function fetchPresenceProfile(): Promise<PresenceProfile> {
  return requestApi(profilePath, presenceProfileSchema);
}

export function updatePresenceProfile(input: UpdatePresenceProfileInput): Promise<PresenceProfile> {
  return requestApi(profilePath, presenceProfileSchema, { method: 'PUT', body: input });
}

/** « Quitter »: the profile is deleted at once, every booking's choice forgotten. */
export function leavePresence(): Promise<PresenceProfile> {
  return requestApi(profilePath, presenceProfileSchema, { method: 'DELETE' });
}

export function fetchMyBookingPresence(): Promise<BookingPresence[]> {
  return requestApi('/api/presence/bookings', z.array(bookingPresenceSchema));
}

export function setBookingPresence(
  bookingId: string,
  presence: boolean | null,
): Promise<BookingPresence> {
  return requestApi(
    `/api/bookings/${encodeURIComponent(bookingId)}/presence`,
    bookingPresenceSchema,
    { method: 'PATCH', body: { presence } },
  );
}

export function fetchWhoIsHere(siteId: string, date: string): Promise<WhoIsHere> {
  return requestApi(
    `/api/presence/sites/${encodeURIComponent(siteId)}/days/${encodeURIComponent(date)}`,
    whoIsHereSchema,
  );
}

export function searchPresence(query: PresenceSearchQuery): Promise<PresenceSearchResult> {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value) parameters.set(name, value);
  }
  return requestApi(`/api/presence/search?${parameters.toString()}`, presenceSearchResultSchema);
}
