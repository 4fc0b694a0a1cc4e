import { defineMessages } from '../../i18n/language';

/** Booking the same desk on several days, and cancelling such a series. */
export const bookingSeriesMessages = defineMessages({
  fr: {
    form: {
      label: 'Réserver plusieurs jours',
      help: 'Le même poste et le même créneau, chaque semaine, à partir du jour affiché. Chaque date est réservée si elle est libre ; sinon la raison est indiquée.',
      slot: 'Créneau',
      weekdays: 'Jours de la semaine',
      until: 'Jusqu’au (inclus)',
      booking: 'Réservation en cours…',
      bookCount: (count: number) => `Réserver ces ${count} date${count > 1 ? 's' : ''}`,
      book: 'Réserver ces dates',
    },
    endHint: {
      window: (date: string, window: string) => `Au plus tard le ${date} : sur ce site, ${window}.`,
      span: (date: string) => `Au plus tard le ${date} : une série couvre au plus six mois.`,
    },
    result: {
      booked: (count: number) => (count === 1 ? '1 date réservée' : `${count} dates réservées`),
      bookedLine: (date: string, desk: string) => `${date} — poste ${desk}`,
      seeMyBookings: 'Voir mes réservations',
      /** Between a refused date and its reason. */
      reasonSeparator: ' : ',
      refused: (count: number) =>
        count === 1
          ? '1 date n’a pas pu être réservée'
          : `${count} dates n’ont pas pu être réservées`,
    },
    mySeries: {
      title: 'Réservations récurrentes',
      desk: (desk: string, site: string, slot: string) => `Poste ${desk} (${site}), ${slot}`,
      upcoming: (count: number, first: string, last: string) =>
        `${count} réservation${count > 1 ? 's' : ''} à venir, du ${first} au ${last}.`,
      cancelAll: 'Annuler toute la série',
      modalTitle: 'Annuler toute la série ?',
      keep: 'Garder la série',
      cancelling: 'Annulation…',
      confirm: 'Oui, annuler toute la série',
      willCancel: (count: number) =>
        count === 1
          ? 'La réservation à venir de cette série sera annulée et son poste libéré.'
          : `Les ${count} réservations à venir de cette série seront annulées et les postes libérés.`,
      pastStay: 'Les réservations passées restent dans l’historique.',
      none: 'Aucune série sélectionnée.',
      keptMany: 'Ces réservations restent à votre nom :',
      keptOne: 'Cette réservation reste à votre nom :',
    },
    cancellation: {
      freed: (count: number) =>
        `${count} réservation${count > 1 ? 's' : ''} à venir libérée${count > 1 ? 's' : ''}`,
      kept: (count: number) =>
        `${count} réservation${count > 1 ? 's' : ''} gardée${count > 1 ? 's' : ''}`,
      keptLine: (date: string, slot: string, reason: string) => `${date}, ${slot} : ${reason}`,
      done: (freed: string) => `Série annulée : ${freed}.`,
      noneCancelled: (kept: string) =>
        `Aucune réservation de la série n’a pu être annulée : ${kept}.`,
      partly: (freed: string, kept: string) => `Série annulée en partie : ${freed}, ${kept}.`,
    },
  },
  en: {
    form: {
      label: 'Book several days',
      help: 'The same desk and the same slot, every week, from the day shown. Each date is booked if it is free; otherwise the reason is given.',
      slot: 'Slot',
      weekdays: 'Days of the week',
      until: 'Until (inclusive)',
      booking: 'Booking…',
      bookCount: (count: number) => `Book these ${count} date${count === 1 ? '' : 's'}`,
      book: 'Book these dates',
    },
    endHint: {
      window: (date: string, window: string) => `${date} at the latest: on this site, ${window}.`,
      span: (date: string) => `${date} at the latest: a series covers six months at most.`,
    },
    result: {
      booked: (count: number) => (count === 1 ? '1 date booked' : `${count} dates booked`),
      bookedLine: (date: string, desk: string) => `${date} — desk ${desk}`,
      seeMyBookings: 'See my bookings',
      reasonSeparator: ': ',
      refused: (count: number) =>
        count === 1 ? '1 date could not be booked' : `${count} dates could not be booked`,
    },
    mySeries: {
      title: 'Recurring bookings',
      desk: (desk: string, site: string, slot: string) => `Desk ${desk} (${site}), ${slot}`,
      upcoming: (count: number, first: string, last: string) =>
        `${count} upcoming booking${count === 1 ? '' : 's'}, from ${first} to ${last}.`,
      cancelAll: 'Cancel the whole series',
      modalTitle: 'Cancel the whole series?',
      keep: 'Keep the series',
      cancelling: 'Cancelling…',
      confirm: 'Yes, cancel the whole series',
      willCancel: (count: number) =>
        count === 1
          ? 'The upcoming booking of this series will be cancelled and its desk freed.'
          : `The ${count} upcoming bookings of this series will be cancelled and the desks freed.`,
      pastStay: 'Past bookings stay in the history.',
      none: 'No series selected.',
      keptMany: 'These bookings stay in your name:',
      keptOne: 'This booking stays in your name:',
    },
    cancellation: {
      freed: (count: number) => `${count} upcoming booking${count === 1 ? '' : 's'} freed`,
      kept: (count: number) => `${count} booking${count === 1 ? '' : 's'} kept`,
      keptLine: (date: string, slot: string, reason: string) => `${date}, ${slot}: ${reason}`,
      done: (freed: string) => `Series cancelled: ${freed}.`,
      noneCancelled: (kept: string) => `No booking of the series could be cancelled: ${kept}.`,
      partly: (freed: string, kept: string) => `Series partly cancelled: ${freed}, ${kept}.`,
    },
  },
});
