import { z } from 'zod';

/** The secret address of a person's bookings feed (iCalendar), to paste into Outlook or Thunderbird. */
export const calendarFeedSchema = z.object({
  url: z.url(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
