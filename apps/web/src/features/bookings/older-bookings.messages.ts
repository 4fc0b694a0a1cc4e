import { defineMessages } from '../../i18n/language';

/** « Mes réservations » only, past the first page: apart, so the booking page does not carry them. */
export const olderBookingsMessages = defineMessages({
  fr: {
    historyAccordionLatest: (count: number) =>
      `Réservations passées, annulées ou libérées (${count} les plus récentes)`,
    loadMore: 'Voir les réservations plus anciennes',
    loading: 'Chargement des réservations plus anciennes…',
    allShown: 'Toutes vos réservations passées sont affichées.',
    failed: 'Les réservations plus anciennes n’ont pas pu être chargées',
  },
  en: {
    historyAccordionLatest: (count: number) =>
      `Past, cancelled or released bookings (latest ${count})`,
    loadMore: 'See older bookings',
    loading: 'Loading older bookings…',
    allShown: 'All your past bookings are shown.',
    failed: 'Older bookings could not be loaded',
  },
});
