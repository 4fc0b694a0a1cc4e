import { defineMessages } from '../../i18n/language';

/** « Mes réservations », a booking's description and its QR code (the booking page's texts are in bookings.messages.ts). */
export const myBookingsMessages = defineMessages({
  fr: {
    passPage: { title: "QR code d'accès", back: 'Mes réservations' },
    myBookingsPage: { title: 'Mes réservations' },
    deskSelect: { label: 'Poste' },
    display: {
      booking: (date: string, slot: string, desk: string, site: string) =>
        `${date}, ${slot}, poste ${desk} (${site})`,
      arrived: (time: string) => `Arrivé·e à ${time}.`,
      arrivedAndLeft: (arrival: string, departure: string) =>
        `Arrivé·e à ${arrival}, parti·e à ${departure}.`,
      left: (time: string) => `Parti·e à ${time}.`,
      released: (time: string | null) =>
        `Réservation libérée faute d’arrivée${time ? ` à ${time}` : ''} : le poste a été rendu aux autres agents.`,
    },
    slotEvents: {
      mine: (slot: string) => `${slot} · votre réservation`,
      past: (slot: string) => `${slot} · passé`,
      full: (slot: string) => `${slot} · complet`,
      free: (slot: string, count: number) =>
        `${slot} · ${count} ${count === 1 ? 'poste libre' : 'postes libres'}`,
    },
    myBookings: {
      loading: 'Chargement de vos réservations…',
      cancelledTitle: 'Réservation annulée',
      cancelled: (booking: string) =>
        `Votre réservation du ${booking} est annulée : le poste est de nouveau libre.`,
      upcoming: 'À venir',
      noUpcoming: 'Aucune réservation à venir.',
      bookDesk: 'Réserver un poste',
      noUpcomingHint:
        'Choisissez un tiers-lieu et un jour : un poste vous attend en quelques clics.',
      calendar: 'Calendrier',
      calendarHint:
        "Heures affichées à l'heure locale de chaque tiers-lieu. Les réservations annulées ou libérées faute d’arrivée n'y figurent pas.",
      history: 'Historique',
      historyAccordion: (count: number) => `Réservations passées, annulées ou libérées (${count})`,
    },
    listItem: {
      label: (booking: string) => `Réservation du ${booking}`,
      desk: (desk: string, zone: string, site: string) => `Poste ${desk} · ${zone} · ${site}`,
      showPassLabel: (booking: string) => `Afficher le QR code de la réservation du ${booking}`,
      showPass: 'Afficher le QR code',
      cancelLabel: (booking: string) => `Annuler la réservation du ${booking}`,
      cancel: 'Annuler',
    },
    cancelModal: {
      title: 'Annuler cette réservation ?',
      keep: 'Garder ma réservation',
      cancelling: 'Annulation…',
      confirm: 'Oui, annuler la réservation',
      freed: (desk: string, zone: string, site: string) =>
        `Le poste ${desk} (${zone}) à ${site} sera libéré pour d'autres agents :`,
      passInvalid: 'Votre QR code ne sera plus valable.',
      none: 'Aucune réservation sélectionnée.',
    },
    pass: {
      loading: 'Chargement de votre QR code…',
      notFound: 'Cette réservation est introuvable.',
      seeMyBookings: 'Voir mes réservations',
      unavailable: 'QR code indisponible',
      cancelled: 'Réservation annulée',
      released: 'Réservation libérée faute d’arrivée',
      over: 'Réservation terminée',
      noLongerAccepted: "Ce QR code n'est plus accepté à la borne d'accueil.",
      bookDesk: 'Réserver un poste',
      desk: (desk: string, zone: string) => `Poste ${desk} · ${zone}`,
      alt: (date: string, desk: string) =>
        `QR code d'accès de la réservation du ${date}, poste ${desk}`,
      codeHint: "Code à saisir à la borne si l'appareil photo ne fonctionne pas",
      leaving:
        "Vous partez ? Présentez de nouveau ce QR code à la borne d'accueil pour libérer le poste.",
      present:
        "Présentez ce QR code à la borne d'accueil du tiers-lieu. Astuce : augmentez la luminosité de votre écran.",
      siteInfoUnavailable: 'Infos pratiques indisponibles',
      validOn: (date: string, start: string, end: string) =>
        `Valable le ${date} de ${start} à ${end} (heure du tiers-lieu).`,
      validFromTo: (from: string, until: string) =>
        `Valable du ${from} au ${until} (heure du tiers-lieu).`,
    },
  },
  en: {
    passPage: { title: 'Access QR code', back: 'My bookings' },
    myBookingsPage: { title: 'My bookings' },
    deskSelect: { label: 'Desk' },
    display: {
      booking: (date: string, slot: string, desk: string, site: string) =>
        `${date}, ${slot}, desk ${desk} (${site})`,
      arrived: (time: string) => `Arrived at ${time}.`,
      arrivedAndLeft: (arrival: string, departure: string) =>
        `Arrived at ${arrival}, left at ${departure}.`,
      left: (time: string) => `Left at ${time}.`,
      released: (time: string | null) =>
        `Booking released${time ? ` at ${time}` : ''} as no one arrived: the desk went back to other public servants.`,
    },
    slotEvents: {
      mine: (slot: string) => `${slot} · your booking`,
      past: (slot: string) => `${slot} · past`,
      full: (slot: string) => `${slot} · full`,
      free: (slot: string, count: number) =>
        `${slot} · ${count} ${count === 1 ? 'free desk' : 'free desks'}`,
    },
    myBookings: {
      loading: 'Loading your bookings…',
      cancelledTitle: 'Booking cancelled',
      cancelled: (booking: string) =>
        `Your booking for ${booking} is cancelled: the desk is free again.`,
      upcoming: 'Upcoming',
      noUpcoming: 'No upcoming booking.',
      bookDesk: 'Book a desk',
      noUpcomingHint: 'Choose a site and a day: a desk is yours in a few clicks.',
      calendar: 'Calendar',
      calendarHint:
        'Times shown in each site’s local time. Bookings cancelled, or released because no one arrived, are not shown.',
      history: 'History',
      historyAccordion: (count: number) => `Past, cancelled or released bookings (${count})`,
    },
    listItem: {
      label: (booking: string) => `Booking for ${booking}`,
      desk: (desk: string, zone: string, site: string) => `Desk ${desk} · ${zone} · ${site}`,
      showPassLabel: (booking: string) => `Show the QR code of the booking for ${booking}`,
      showPass: 'Show the QR code',
      cancelLabel: (booking: string) => `Cancel the booking for ${booking}`,
      cancel: 'Cancel',
    },
    cancelModal: {
      title: 'Cancel this booking?',
      keep: 'Keep my booking',
      cancelling: 'Cancelling…',
      confirm: 'Yes, cancel the booking',
      freed: (desk: string, zone: string, site: string) =>
        `Desk ${desk} (${zone}) at ${site} will be freed for other public servants:`,
      passInvalid: 'Your QR code will no longer be valid.',
      none: 'No booking selected.',
    },
    pass: {
      loading: 'Loading your QR code…',
      notFound: 'This booking cannot be found.',
      seeMyBookings: 'See my bookings',
      unavailable: 'QR code unavailable',
      cancelled: 'Booking cancelled',
      released: 'Booking released: no arrival',
      over: 'Booking over',
      noLongerAccepted: 'This QR code is no longer accepted at the kiosk.',
      bookDesk: 'Book a desk',
      desk: (desk: string, zone: string) => `Desk ${desk} · ${zone}`,
      alt: (date: string, desk: string) =>
        `Access QR code of the booking for ${date}, desk ${desk}`,
      codeHint: 'Code to type at the kiosk if the camera does not work',
      leaving: 'Leaving? Show this QR code at the kiosk again to free the desk.',
      present: 'Show this QR code at the site’s kiosk. Tip: turn up your screen’s brightness.',
      siteInfoUnavailable: 'Practical information unavailable',
      validOn: (date: string, start: string, end: string) =>
        `Valid on ${date} from ${start} to ${end} (site time).`,
      validFromTo: (from: string, until: string) => `Valid from ${from} to ${until} (site time).`,
    },
  },
});
