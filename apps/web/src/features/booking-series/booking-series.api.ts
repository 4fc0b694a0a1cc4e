import {
  bookingSeriesResultSchema,
  cancelledBookingSeriesSchema,
  type BookingSeriesResult,
  type CancelledBookingSeries,
  type CreateBookingSeries,
} from '@admz/shared';
import { requestApi } from '../../api-client';

export function createBookingSeries(input: CreateBookingSeries): Promise<BookingSeriesResult> {
  return requestApi('/api/booking-series', bookingSeriesResultSchema, {
    method: 'POST',
    body: input,
  });
}

export function cancelBookingSeries(seriesId: string): Promise<CancelledBookingSeries> {
  return requestApi(
    `/api/booking-series/${encodeURIComponent(seriesId)}/cancel`,
    cancelledBookingSeriesSchema,
    { method: 'POST' },
  );
}
