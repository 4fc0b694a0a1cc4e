/** The pg-boss queues AdmZ uses; created at start-up, before any worker or sender needs them. */
export const jobQueues = {
  /** A desk may have freed up at { siteId, date, slot }: give it to the first person waiting. */
  waitlistPromote: 'waitlist.promote',
  /** Waiting entries whose slot has started are expired (every minute). */
  waitlistExpire: 'waitlist.expire',
  /** Tomorrow's bookings get their reminder (every hour, once per booking). */
  bookingReminders: 'bookings.remind-day-before',
  /** Every five minutes: remote registrants of events starting soon get the visio link, once. */
  eventVisioLinks: 'events.send-visio-links',
  /**
   * Every minute: bookings nobody checked in are released (no-show), and people still checked
   * in when their site closes are checked out. Also run at start-up, to catch up after downtime.
   */
  attendanceSweep: 'attendance.sweep',
  /**
   * One mail (a `Notification`: ids, not text) to compose and send; completed once the SMTP
   * server accepted it, retried with growing waits otherwise.
   */
  notify: 'notifications.send',
  /** Nightly and at start-up: the statistics of each settled month are rolled up. */
  analyticsRollup: 'analytics.rollup',
  /** Daily: personal data past its retention period is erased or anonymised. */
  retentionPurge: 'privacy.retention-purge',
} as const;

export type JobQueue = (typeof jobQueues)[keyof typeof jobQueues];

export type WaitlistPromoteJob = {
  siteId: string;
  date: string;
  slot: 'morning' | 'afternoon' | 'day';
};
