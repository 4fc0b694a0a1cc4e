import type {
  bookingStatusLabels,
  deskAttributeLabels,
  isoWeekdayLabels,
  slotLabels,
  todayStateLabels,
  waitlistStatusLabels,
} from '@admz/shared';
import { defineMessages, useMessages } from './language';

/** Their shape, which the English half (domain-labels.messages.en.ts) follows. */
export type DomainLabels = {
  isoWeekday: typeof isoWeekdayLabels;
  slot: typeof slotLabels;
  bookingStatus: typeof bookingStatusLabels;
  deskAttribute: typeof deskAttributeLabels;
  todayState: typeof todayStateLabels;
  waitlistStatus: typeof waitlistStatusLabels;
};

const fr: DomainLabels = {
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
};

/**
 * The names of the values of desks and bookings (slots, statuses, equipment…), which most pages
 * show. French is the shared library's own records (which the API and the mails use), copied
 * here so that a page does not load every domain's schemas for their names; a test keeps the copy
 * equal. English is the web app's. The other domains have their own catalogue beside this one
 * (events, audit, rooms, site settings), so that the booking page does not carry their names.
 */
export const domainLabels = defineMessages({
  fr,
  // Loaded only once English is chosen (domain-labels.messages.en.ts): the French pages do not carry it.
  en: () => import('./domain-labels.messages.en'),
});

/** The names of the domain's values in the current language: `labels.slot[booking.slot]`. */
export function useDomainLabels(): (typeof domainLabels)['fr'] {
  return useMessages(domainLabels);
}
