import {
  bookingSchema,
  evacuationListSchema,
  sitePersonSchema,
  todayBoardSchema,
  type BookOnBehalf,
  type Booking,
  type EvacuationList,
  type SitePerson,
  type TodayBoard,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export function fetchTodayBoard(siteId: string): Promise<TodayBoard> {
  return requestApi(`${sitePath(siteId)}/today`, todayBoardSchema);
}

export function fetchEvacuationList(siteId: string): Promise<EvacuationList> {
  return requestApi(`${sitePath(siteId)}/evacuation`, evacuationListSchema);
}

export type BoardAction = 'arrival' | 'departure' | 'cancel';

/** Marks an arrival or a departure by hand, or cancels for the person. */
export function actOnBooking(
  siteId: string,
  bookingId: string,
  action: BoardAction,
): Promise<Booking> {
  return requestApi(
    `${sitePath(siteId)}/bookings/${encodeURIComponent(bookingId)}/${action}`,
    bookingSchema,
    { method: 'POST' },
  );
}

export function bookOnBehalf(siteId: string, input: BookOnBehalf): Promise<Booking> {
  return requestApi(`${sitePath(siteId)}/bookings`, bookingSchema, {
    method: 'POST',
    body: input,
  });
}

export function searchSitePeople(siteId: string, query: string): Promise<SitePerson[]> {
  return requestApi(
    `${sitePath(siteId)}/people?query=${encodeURIComponent(query)}`,
    z.array(sitePersonSchema),
  );
}
