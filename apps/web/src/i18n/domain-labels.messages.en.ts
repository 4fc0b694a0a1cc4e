import type { DomainLabels } from './domain-labels.messages';

/** The names of the values of desks and bookings in English, loaded once English is chosen (domain-labels.messages.ts). */
const en: DomainLabels = {
  isoWeekday: {
    1: 'Monday',
    2: 'Tuesday',
    3: 'Wednesday',
    4: 'Thursday',
    5: 'Friday',
    6: 'Saturday',
    7: 'Sunday',
  },
  slot: { morning: 'Morning', afternoon: 'Afternoon', day: 'Full day', hour: 'By the hour' },
  bookingStatus: {
    confirmed: 'Confirmed',
    checked_in: 'Arrived',
    checked_out: 'Left',
    cancelled: 'Cancelled',
    absent: 'Released (absent)',
  },
  deskAttribute: {
    screen: 'Screen',
    standing: 'Sit-stand desk',
    quiet: 'Quiet zone',
    step_free: 'Step-free access',
  },
  todayState: { expected: 'Expected', arrived: 'Arrived', left: 'Left', no_show: 'Absent' },
  waitlistStatus: {
    waiting: 'Waiting',
    promoted: 'Desk given',
    expired: 'Expired',
    cancelled: 'Left the list',
  },
};

export default en;
