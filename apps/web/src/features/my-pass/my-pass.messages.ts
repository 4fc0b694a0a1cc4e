import { defineMessages } from '../../i18n/language';

/** « Mon pass »: the personal QR code to walk in without a booking. */
export const myPassMessages = defineMessages({
  fr: {
    page: {
      title: 'Mon pass',
      lead: 'Sans réservation ? Présentez ce pass à la borne : elle vous propose un poste libre pour la demi-journée ou la journée.',
      alreadyBooked:
        'Vous avez déjà réservé ? Présentez plutôt le QR code de votre réservation, depuis « Mes réservations ».',
    },
    view: {
      loading: 'Chargement de votre pass…',
      unavailable: 'Pass indisponible',
      title: (name: string) => `Pass de ${name}`,
      alt: (name: string) => `QR code du pass de ${name}`,
    },
  },
  en: {
    page: {
      title: 'My pass',
      lead: 'No booking? Show this pass at the kiosk: it offers you a free desk for the half day or the full day.',
      alreadyBooked: 'Already booked? Show your booking’s QR code instead, from “My bookings”.',
    },
    view: {
      loading: 'Loading your pass…',
      unavailable: 'Pass unavailable',
      title: (name: string) => `${name}’s pass`,
      alt: (name: string) => `QR code of ${name}’s pass`,
    },
  },
});
