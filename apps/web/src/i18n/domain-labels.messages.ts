import type {
  bookingStatusLabels,
  deskAttributeLabels,
  isoWeekdayLabels,
  slotLabels,
  todayStateLabels,
  waitlistStatusLabels,
} from '@admz/shared';
import { defineMessages, useMessages } from './language';

type DomainLabels = {
  isoWeekday: typeof isoWeekdayLabels;
  slot: typeof slotLabels;
  bookingStatus: typeof bookingStatusLabels;
  deskAttribute: typeof deskAttributeLabels;
  todayState: typeof todayStateLabels;
  waitlistStatus: typeof waitlistStatusLabels;
};

/**
 * The names of the values of desks and bookings (slots, statuses, equipment…), which most pages
 * show. French is the shared library's own records (which the API and the mails use), copied
 * here so that a page does not load every domain's schemas for their names; a test keeps the copy
 * equal. English is the web app's. The other domains have their own catalogue beside this one
 * (events, audit, rooms, site settings), so that the booking page does not carry their names.
 */
export const domainLabels = defineMessages<DomainLabels>({
  fr: {
    isoWeekday: {
      '1': 'Lundi',
      '2': 'Mardi',
      '3': 'Mercredi',
      '4': 'Jeudi',
      '5': 'Vendredi',
      '6': 'Samedi',
      '7': 'Dimanche',
    },
    slot: { morning: 'Matin', afternoon: 'Après-midi', day: 'Journée', hour: 'Horaire' },
    bookingStatus: {
      confirmed: 'Confirmée',
      checked_in: 'Arrivé·e',
      checked_out: 'Parti·e',
      cancelled: 'Annulée',
      absent: 'Libérée (absence)',
    },
    deskAttribute: {
      screen: 'Écran',
      standing: 'Assis-debout',
      quiet: 'Zone calme',
      step_free: 'Accès de plain-pied',
    },
    todayState: {
      expected: 'Attendu·e',
      arrived: 'Arrivé·e',
      left: 'Parti·e',
      no_show: 'Absent·e',
    },
    waitlistStatus: {
      waiting: 'En attente',
      promoted: 'Poste attribué',
      expired: 'Expirée',
      cancelled: 'Quittée',
    },
  },
  en: {
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
  },
});

/** The names of the domain's values in the current language: `labels.slot[booking.slot]`. */
export function useDomainLabels(): (typeof domainLabels)['fr'] {
  return useMessages(domainLabels);
}
