import { defineMessages } from '../../i18n/language';

const fr = {
  bookPage: {
    title: 'Réserver un poste',
    lead: 'Choisissez un jour et un créneau : AdmZ vous trouve un poste libre, ou choisissez-le parmi les postes libres.',
  },
  bookDesk: {
    views: { list: 'Liste des postes', calendar: 'Calendrier', plan: 'Plan' },
    viewsLegend: 'Affichage',
    loadingSites: 'Chargement des tiers-lieux…',
    noSites: "Aucun tiers-lieu n'est encore ouvert à la réservation.",
    noSitesHint: 'Revenez bientôt : les premiers sites sont en préparation.',
    pastDay: (requested: string, today: string) =>
      `Le ${requested} est passé : on ne réserve qu’à partir d’aujourd’hui. La page montre aujourd’hui, ${today}.`,
    nextOpenDay: (date: string) => `Voir le prochain jour d’ouverture (${date})`,
    loadingDesks: 'Chargement des postes…',
    closedTitle: 'Le tiers-lieu est fermé ce jour-là',
    closedReason: "Aucune ouverture n'est prévue ce jour-là.",
    noOpeningSoon: 'Aucune ouverture n’est prévue dans le mois qui suit.',
    noDesks: "Aucun poste n'est réservable sur ce site pour le moment.",
    heldZoneBefore: (zone: string) => `La zone ${zone} accueille `,
    eventTitle: (title: string) => `« ${title} »`,
    heldZoneAfter: (start: string, end: string) =>
      ` de ${start} à ${end} : ses postes ne se réservent pas sur ce créneau.`,
    notYetOpenTitle: 'Ce jour n’est pas encore ouvert à la réservation',
    notYetOpen: (window: string, date: string, opensOn: string, lastDay: string) =>
      `Sur ce site, ${window} : le ${date} se réserve à partir du ${opensOn}. Le dernier jour réservable aujourd’hui est le ${lastDay}.`,
    seeDay: (date: string) => `Voir le ${date}`,
    chooseSlot:
      'Choisissez un créneau : AdmZ vous propose alors un poste libre, ou la liste des postes libres.',
    noMatchingDesk: 'Aucun poste ne correspond à ces critères.',
    severalDays: 'Réserver plusieurs jours',
  },
  slotPicker: {
    legend: 'Créneau',
    past: 'passé',
    full: 'complet',
    free: (count: number) => `${count} libre${count > 1 ? 's' : ''}`,
  },
  slotBooking: {
    freeDesks: (freeCount: number, total: number) => {
      const desks = `${total} poste${total > 1 ? 's' : ''}`;
      if (freeCount === 0) return `Aucun poste libre sur ${desks} pour ce créneau.`;
      const plural = freeCount > 1 ? 's' : '';
      return `${freeCount} poste${plural} libre${plural} sur ${desks} pour ce créneau.`;
    },
    alreadyBooked: (desk: string) => `Vous avez déjà le poste ${desk} sur ce créneau.`,
    slotPast: 'Ce créneau est passé : choisissez-en un autre ou un autre jour.',
    allTaken:
      'Tous les postes sont pris sur ce créneau : essayez un autre créneau, un autre jour, ou la liste d’attente.',
    noneOpen:
      'Aucun poste ne vous est ouvert sur ce créneau : les règles du site ou un événement les réservent.',
    shortAlreadyBooked: 'Vous avez déjà un poste',
    shortPast: 'Créneau passé',
    shortUnavailable: 'Indisponible',
    booking: 'Réservation…',
    anyDesk: 'Un poste libre',
    anyDeskHint:
      'AdmZ choisit pour vous un poste de votre zone habituelle, avec l’équipement que vous réservez d’ordinaire.',
    seeMyBookings: 'Voir mes réservations',
    orChoose: 'Ou choisissez un poste',
  },
  deskFilters: {
    zone: 'Zone',
    allZones: 'Toutes les zones',
    equipment: 'Équipements souhaités',
  },
  deskGrid: {
    label: (slot: string) => `Postes libres — ${slot}`,
    mine: 'Votre réservation',
    taken: 'Occupé',
    unavailable: 'Indisponible',
    bookLabel: (desk: string, slot: string) => `Réserver ${desk} ${slot}`,
    booking: 'Réservation…',
    book: 'Réserver',
  },
  result: {
    confirmed: 'Réservation confirmée',
    failed: "La réservation n'a pas abouti",
    success: (
      desk: string,
      zone: string,
      site: string,
      date: string,
      slot: string,
      start: string,
      end: string,
    ) => `Poste ${desk} (${zone}) à ${site}, ${date}, ${slot.toLowerCase()} de ${start} à ${end}.`,
    showPass: "Afficher mon QR code d'accès",
    seeMyBookings: 'Voir mes réservations',
  },
  calendars: {
    loading: 'Chargement du calendrier…',
    loadingPlans: 'Chargement des plans…',
    bookingEvent: 'Réservation',
    noBookings: 'Aucune réservation sur cette période.',
    bookingTitle: (slot: string, desk: string, site: string, status: string) =>
      `${slot} · poste ${desk} · ${site} (${status})`,
    slotEvent: 'Créneau',
    noOpening: 'Aucune ouverture sur cette période.',
    siteHint:
      'Choisissez un créneau libre pour voir les postes disponibles et réserver. La liste des postes reste accessible sans le calendrier.',
  },
};

/** The shape of these texts, which the English half (bookings.messages.en.ts) follows. */
export type BookingsMessages = typeof fr;

/**
 * Booking a desk: the booking page's texts, which it loads with it. « Mes réservations », a
 * booking's description and its QR code are in my-bookings.messages.ts, which it does not load.
 */
export const bookingsMessages = defineMessages({
  fr,
  // Loaded only once English is chosen (bookings.messages.en.ts): the French pages do not carry it.
  en: () => import('./bookings.messages.en'),
});
