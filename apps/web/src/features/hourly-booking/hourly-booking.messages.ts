import { defineMessages } from '../../i18n/language';

/** Booking a desk for a few whole hours, where the site allows it. */
export const hourlyBookingMessages = defineMessages({
  fr: {
    title: "Réserver à l'heure",
    zoneName: (zone: string) => `« ${zone} »`,
    oneZone: (zone: string) => `À l'heure, ce site propose seulement la zone ${zone}.`,
    zones: (zones: string) => `À l'heure, ce site propose seulement les zones ${zones}.`,
    checkHours: 'Vérifiez les heures choisies.',
    noWholeHour: "Aucune heure entière n'est réservable ce jour-là sur ce tiers-lieu.",
    noDeskInZones: "Aucun poste de ces zones n'est ouvert.",
    help: (date: string, opensAt: string, closesAt: string) =>
      `Réservez un poste pour quelques heures le ${date}, entre ${opensAt} et ${closesAt} (heure locale du site). Les heures se réservent entières.`,
    from: 'De',
    to: 'À',
    booking: 'Réservation en cours…',
    book: (start: string, end: string) => `Réserver de ${start} à ${end}`,
    success: (desk: string, start: string, end: string) =>
      `Réservation confirmée : poste ${desk} de ${start} à ${end}.`,
    myBookings: 'Mes réservations',
  },
  en: {
    title: 'Book by the hour',
    zoneName: (zone: string) => `“${zone}”`,
    oneZone: (zone: string) => `By the hour, this site only offers the ${zone} zone.`,
    zones: (zones: string) => `By the hour, this site only offers the zones ${zones}.`,
    checkHours: 'Check the hours you chose.',
    noWholeHour: 'No whole hour can be booked that day on this site.',
    noDeskInZones: 'No desk in these zones is open.',
    help: (date: string, opensAt: string, closesAt: string) =>
      `Book a desk for a few hours on ${date}, between ${opensAt} and ${closesAt} (site local time). Hours are booked whole.`,
    from: 'From',
    to: 'To',
    booking: 'Booking…',
    book: (start: string, end: string) => `Book from ${start} to ${end}`,
    success: (desk: string, start: string, end: string) =>
      `Booking confirmed: desk ${desk} from ${start} to ${end}.`,
    myBookings: 'My bookings',
  },
});
