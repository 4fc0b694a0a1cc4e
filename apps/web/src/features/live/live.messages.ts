import { defineMessages } from '../../i18n/language';

/** The site's live stream: its connection, and the arrivals and departures as they happen. */
export const liveMessages = defineMessages({
  fr: {
    connection: {
      connecting: 'Connexion…',
      live: 'En direct',
      reconnecting: 'Reconnexion…',
    },
    feed: {
      empty: 'Aucune arrivée ni aucun départ depuis l’ouverture de cette page.',
      someone: 'Une personne',
      desk: (label: string) => `poste ${label}`,
      change: {
        booked: 'a réservé',
        checked_in: 'est arrivé·e',
        checked_out: 'est parti·e',
        cancelled: 'a annulé sa réservation',
        absent: 'n’est pas arrivé·e : réservation libérée',
      },
    },
  },
  en: {
    connection: {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: 'Reconnecting…',
    },
    feed: {
      empty: 'No arrivals or departures since this page was opened.',
      someone: 'Someone',
      desk: (label: string) => `desk ${label}`,
      change: {
        booked: 'booked',
        checked_in: 'arrived',
        checked_out: 'left',
        cancelled: 'cancelled their booking',
        absent: 'did not arrive: booking released',
      },
    },
  },
});
