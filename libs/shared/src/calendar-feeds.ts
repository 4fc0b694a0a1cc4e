import { z } from 'zod/mini';

/**
 * Whether I have a bookings feed (iCalendar). Only a hash of its secret is kept, so the address
 * itself is never shown again after it was created: `POST …/regenerate` makes a new one.
 */
export const calendarFeedStatusSchema = z.object({
  isActive: z.boolean(),
  createdAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;

/** A feed address just created, to paste into Outlook or Thunderbird: shown this once. */
export const calendarFeedSchema = z.object({
  url: z.url(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
