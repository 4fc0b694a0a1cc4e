import { formatCount } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const personNoun = { fr: 'personne', en: 'person', enPlural: 'people' };
const dayNoun = { fr: 'jour', en: 'day' };

/** « Mes données »: what AdmZ holds about the person, the account's deletion, the retention. */
export const privacyMessages = defineMessages({
  fr: {
    myDataRoute: { title: 'Mes données' },
    accountDeletedRoute: { title: 'Compte supprimé' },
    myData: {
      lead: "Tout ce qu'AdmZ garde à votre sujet, tel qu'enregistré. Vous pouvez le télécharger dans un fichier (JSON, lisible par un programme) ou supprimer votre compte.",
      downloadFileName: 'admz-mes-donnees.json',
      download: 'Télécharger mes données (JSON)',
      why: 'Pourquoi et combien de temps',
      loading: 'Chargement de vos données…',
      colon: ' : ',
      none: '—',
      roles: {
        host: 'Gestionnaire',
        key_holder: "Détenteur ou détentrice d'une clé (horaires étendus)",
      },
      offlineOutcomes: {
        applied: 'Arrivée enregistrée',
        already_checked_in: 'Déjà arrivé·e',
        refused: 'Refusé',
      },
      registrationStatuses: {
        registered: 'inscrit·e',
        waiting: "en liste d'attente",
        cancelled: 'désinscrit·e',
      },
      identityTitle: 'Mon identité (transmise par ProConnect)',
      givenName: 'Prénom',
      usualName: "Nom d'usage",
      email: 'Adresse électronique',
      organisation: 'Organisation',
      siret: 'SIRET',
      uid: "Identifiant chez votre fournisseur d'identité (uid)",
      idp: "Fournisseur d'identité",
      sub: 'Identifiant ProConnect (sub)',
      createdAt: 'Compte créé le',
      lastLogin: 'Dernière connexion',
      isAdmin: 'Administrateur AdmZ',
      yes: 'oui',
      no: 'non',
      identityMistake:
        "Une erreur ? Ces informations viennent de votre administration par ProConnect : faites-la corriger auprès d'elle, AdmZ les reprend à votre prochaine connexion.",
      rolesTitle: 'Mes rôles et mon poste attribué',
      noRoles: 'Aucun rôle, aucun poste attribué.',
      role: (role: string, site: string) => `${role} — ${site}`,
      assignedDesk: (desk: string, zone: string, site: string) =>
        `Poste attribué : ${desk} (${zone}), ${site}`,
      bookingsTitle: (count: number) => `Mes réservations (${count})`,
      noBookings: 'Aucune réservation.',
      bookingsCaption: "Mes réservations, les plus récentes d'abord",
      bookingsHeaders: {
        date: 'Date',
        slot: 'Créneau',
        place: 'Lieu et poste',
        status: 'Statut',
        checkIn: 'Arrivée',
        checkOut: 'Départ',
      },
      bookingPlace: (site: string, desk: string, zone: string) =>
        `${site}, poste ${desk} (${zone})`,
      walkIn: ' — sans réservation, à la borne',
      bookingsRetention: (presenceMonths: number, bookingsMonths: number) =>
        `Les heures d'arrivée et de départ sont effacées ${presenceMonths} mois après le créneau ; les réservations ne vous sont plus rattachées après ${bookingsMonths} mois.`,
      seriesTitle: 'Mes séries de réservations',
      noSeries: 'Aucune série.',
      series: (
        site: string,
        desk: string,
        slot: string,
        weekdays: string,
        from: string,
        until: string,
        isCancelled: boolean,
      ) =>
        `${site}, poste ${desk}, ${slot} — ${weekdays}, du ${from} au ${until}${isCancelled ? ' (annulée)' : ''}`,
      waitlistsTitle: "Mes listes d'attente",
      noRegistrations: 'Aucune inscription.',
      waitlistEntry: (
        site: string,
        date: string,
        slot: string,
        zone: string | null,
        status: string,
      ) => `${site}, ${date}, ${slot}${zone ? ` (zone ${zone})` : ''} — ${status}`,
      eventRegistrationsTitle: 'Mes inscriptions aux événements',
      eventRegistration: (
        title: string,
        site: string,
        date: string,
        mode: string,
        status: string,
        createdAt: string,
        cancelledAt: string | null,
      ) =>
        `« ${title} », ${site}, ${date} — ${mode}, ${status} (le ${createdAt}${cancelledAt ? `, désinscription le ${cancelledAt}` : ''})`,
      guestInvitationsTitle: "Les personnes que j'ai invitées",
      noInvitations: 'Aucune invitation.',
      erasedGuest: 'Personne invitée (données effacées)',
      guestInvitation: (
        guest: string,
        organisation: string | null,
        site: string,
        date: string,
        status: string,
      ) => `${guest}${organisation ? ` (${organisation})` : ''}, ${site}, ${date} — ${status}`,
      eventProposalsTitle: "Les événements que j'ai proposés",
      noProposals: 'Aucune proposition.',
      eventProposal: (title: string, site: string, date: string, status: string) =>
        `« ${title} », ${site}, ${date} — ${status}`,
      roomBookingsTitle: 'Mes réservations de salle',
      noRoomBookings: 'Aucune réservation de salle.',
      roomBooking: (
        title: string,
        room: string,
        site: string,
        date: string,
        headcount: number,
        isConfirmed: boolean,
        attendees: string[],
      ) =>
        `« ${title} », ${room}, ${site}, ${date}, ${formatCount(headcount, personNoun, 'fr')} — ${isConfirmed ? 'confirmée' : 'annulée'}${attendees.length > 0 ? ` ; personnes nommées : ${attendees.join(', ')}` : ''}`,
      offlineScansTitle: 'Mes passages enregistrés par une borne hors ligne',
      noScans: 'Aucun passage.',
      offlineScan: (at: string, kiosk: string, outcome: string, message: string | null) =>
        `${at}, ${kiosk} — ${outcome}${message ? ` : ${message}` : ''}`,
      statisticsTitle: 'Mes venues dans les statistiques',
      statisticsExplanation:
        'Une fois le mois fini, les statistiques des sites comptent vos jours de venue par mois ; ce décompte est anonymisé avec vos réservations.',
      statisticsMonth: (site: string, month: string, days: number, first: string, last: string) =>
        `${site}, ${month} : ${days === 1 ? '1 jour' : `${days} jours`}, du ${first} au ${last}`,
      accessTitle: "Mon lien d'agenda et mes connexions",
      calendarFeed: (isActive: boolean, since: string | null) =>
        `Lien d'agenda : ${isActive ? `actif${since ? ` depuis le ${since}` : ''} (AdmZ n'en garde qu'une empreinte)` : 'aucun'}`,
      session: (createdAt: string, expiresAt: string, isCurrent: boolean) =>
        `Connexion du ${createdAt}, valable jusqu'au ${expiresAt}${isCurrent ? ' (cet appareil)' : ''}`,
      mailsTitle: 'Mails conservés (sans serveur de messagerie)',
      mailsExplanation: (days: number) =>
        `Sans serveur de messagerie configuré, AdmZ garde ses mails au lieu de les envoyer, ${formatCount(days, dayNoun, 'fr')} au plus :`,
      auditTitle: 'Journal des actions de gestion',
      auditExplanation:
        'Les actions de gestion que vous avez faites, et celles qui vous concernent (vous nommer gestionnaire, détenteur de clé, vous attribuer un poste) :',
      auditEvent: (
        at: string,
        kind: string,
        site: string | null,
        subject: string,
        isActor: boolean,
      ) =>
        `${at} — ${kind}${site ? ` (${site})` : ''} : ${subject}${isActor ? ' — par vous' : ' — vous concerne'}`,
    },
    deleteAccount: {
      title: 'Supprimer mon compte',
      explanation:
        'Vos réservations à venir sont annulées, vos réservations passées ne sont plus rattachées à vous et votre identité est effacée. Vous pourrez revenir plus tard avec ProConnect : un nouveau compte, vide, sera créé.',
      confirmTitle: 'Supprimer votre compte AdmZ ?',
      keep: 'Garder mon compte',
      deleting: 'Suppression…',
      confirm: 'Oui, supprimer mon compte',
      whatHappens: 'Ce qui va se passer :',
      final: 'Cette suppression est définitive.',
    },
    accountDeleted: {
      title: 'Votre compte AdmZ est supprimé',
      done: 'Votre identité est effacée et vous êtes déconnecté·e de tous vos appareils.',
      proConnect:
        "Votre session ProConnect peut rester ouverte dans ce navigateur : fermez-le si l'appareil est partagé. Vous pourrez revenir quand vous voudrez : un nouveau compte, vide, sera créé à votre prochaine connexion.",
      home: "Retour à l'accueil",
    },
    deletionEffects: {
      upcomingBookings: (count: number) =>
        `${count} ${plural(count, 'réservation à venir sera annulée', 'réservations à venir seront annulées')} : les postes sont offerts aux personnes en liste d'attente.`,
      ongoingBooking: 'Votre réservation en cours se termine : votre départ est enregistré.',
      series: (count: number) =>
        `${count} ${plural(count, 'série de réservations prend fin', 'séries de réservations prennent fin')}.`,
      waitlists: (count: number) =>
        `Vous quittez ${count} ${plural(count, "liste d'attente", "listes d'attente")}.`,
      events: (count: number) =>
        `Vous quittez ${count} ${plural(count, 'événement à venir', 'événements à venir')} : vos places sont offertes aux personnes en liste d'attente.`,
      roomBookings: (count: number) =>
        `${count} ${plural(count, 'réservation de salle à venir est annulée', 'réservations de salle à venir sont annulées')} : les personnes nommées sont prévenues.`,
      proposals: (count: number) =>
        `${plural(count, "L'événement que vous avez proposé reste", 'Les événements que vous avez proposés restent')} à l'agenda, sans votre nom.`,
      pastBookings: (count: number) =>
        `${count} ${plural(count, 'réservation passée est gardée', 'réservations passées sont gardées')} pour les statistiques, sans votre nom : plus personne ne peut savoir ${plural(count, "qu'elle était la vôtre", "qu'elles étaient les vôtres")}.`,
      hostedSites: (count: number) =>
        `Vous n'êtes plus gestionnaire de ${count} ${plural(count, 'site', 'sites')}.`,
      keys: (count: number) =>
        `Vous n'êtes plus détenteur ou détentrice d'une clé (${count} ${plural(count, 'site', 'sites')}).`,
      assignedDesks: (count: number) =>
        `${plural(count, 'Le poste qui vous était attribué est libéré', 'Les postes qui vous étaient attribués sont libérés')}.`,
      calendarFeed: "Votre lien d'agenda cesse de fonctionner.",
      identity:
        'Votre identité (nom, adresse électronique, organisation) est effacée et vous êtes déconnecté·e de tous vos appareils.',
    },
    accountDeletion: {
      cancelledBookings: (count: number) =>
        `${count} ${plural(count, 'réservation annulée', 'réservations annulées')}.`,
      leftWaitlists: (count: number) =>
        `${count} ${plural(count, "liste d'attente quittée", "listes d'attente quittées")}.`,
      leftEvents: (count: number) =>
        `${count} ${plural(count, 'événement quitté', 'événements quittés')}.`,
      cancelledRoomBookings: (count: number) =>
        `${count} ${plural(count, 'réservation de salle annulée', 'réservations de salle annulées')}.`,
      anonymisedBookings: (count: number) =>
        `${count} ${plural(count, 'réservation anonymisée', 'réservations anonymisées')}.`,
    },
    retention: {
      presenceWhat:
        "Heures d'arrivée et de départ, borne qui a scanné, passages enregistrés hors ligne",
      presenceHowLong: (months: number) => `${months} mois après le créneau réservé, puis effacées`,
      bookingsWhat: "Réservations, séries et listes d'attente",
      bookingsHowLong: (months: number) =>
        `${months} mois après le créneau, puis anonymisées : la réservation n'est plus rattachée à personne et ne sert qu'aux statistiques (séries et listes d'attente sont supprimées ; le décompte mensuel de vos jours de venue, tenu pour les statistiques, est anonymisé en même temps)`,
      accountWhat: 'Votre compte : identité transmise par ProConnect, rôles, poste attribué',
      accountHowLong:
        'Tant que vous utilisez AdmZ, jusqu’à la suppression du compte (« Mes données »)',
      sessionsWhat: 'Sessions de connexion',
      sessionsHowLong: (days: number, expiredDays: number) =>
        `${days} ${plural(days, 'jour', 'jours')}, puis ${
          expiredDays === 0
            ? 'supprimées dans la journée qui suit leur expiration'
            : `supprimées ${expiredDays} ${plural(expiredDays, 'jour', 'jours')} après leur expiration`
        }`,
      jobsWhat: 'Traces techniques des tâches de fond (envoi des mails, liste d’attente)',
      days: (days: number) => `${days} ${plural(days, 'jour', 'jours')}`,
      outboxWhat:
        "Copies des mails en l'absence de serveur de messagerie (environnement de développement)",
    },
  },
  en: {
    myDataRoute: { title: 'My data' },
    accountDeletedRoute: { title: 'Account deleted' },
    myData: {
      lead: 'Everything AdmZ keeps about you, as recorded. You can download it in a file (JSON, readable by a program) or delete your account.',
      downloadFileName: 'admz-my-data.json',
      download: 'Download my data (JSON)',
      why: 'Why and for how long',
      loading: 'Loading your data…',
      colon: ': ',
      none: '—',
      roles: {
        host: 'Host',
        key_holder: 'Key holder (extended hours)',
      },
      offlineOutcomes: {
        applied: 'Arrival recorded',
        already_checked_in: 'Already arrived',
        refused: 'Refused',
      },
      registrationStatuses: {
        registered: 'registered',
        waiting: 'on the waiting list',
        cancelled: 'unregistered',
      },
      identityTitle: 'My identity (sent by ProConnect)',
      givenName: 'First name',
      usualName: 'Usual name',
      email: 'E-mail address',
      organisation: 'Organisation',
      siret: 'SIRET',
      uid: 'Identifier at your identity provider (uid)',
      idp: 'Identity provider',
      sub: 'ProConnect identifier (sub)',
      createdAt: 'Account created on',
      lastLogin: 'Last login',
      isAdmin: 'AdmZ administrator',
      yes: 'yes',
      no: 'no',
      identityMistake:
        'A mistake? This information comes from your administration through ProConnect: have it corrected there, AdmZ picks it up at your next login.',
      rolesTitle: 'My roles and my assigned desk',
      noRoles: 'No role, no assigned desk.',
      role: (role: string, site: string) => `${role} — ${site}`,
      assignedDesk: (desk: string, zone: string, site: string) =>
        `Assigned desk: ${desk} (${zone}), ${site}`,
      bookingsTitle: (count: number) => `My bookings (${count})`,
      noBookings: 'No bookings.',
      bookingsCaption: 'My bookings, most recent first',
      bookingsHeaders: {
        date: 'Date',
        slot: 'Slot',
        place: 'Site and desk',
        status: 'Status',
        checkIn: 'Arrival',
        checkOut: 'Departure',
      },
      bookingPlace: (site: string, desk: string, zone: string) => `${site}, desk ${desk} (${zone})`,
      walkIn: ' — without a booking, at the kiosk',
      bookingsRetention: (presenceMonths: number, bookingsMonths: number) =>
        `Arrival and departure times are erased ${presenceMonths} months after the slot; bookings are no longer linked to you after ${bookingsMonths} months.`,
      seriesTitle: 'My booking series',
      noSeries: 'No series.',
      series: (
        site: string,
        desk: string,
        slot: string,
        weekdays: string,
        from: string,
        until: string,
        isCancelled: boolean,
      ) =>
        `${site}, desk ${desk}, ${slot} — ${weekdays}, from ${from} to ${until}${isCancelled ? ' (cancelled)' : ''}`,
      waitlistsTitle: 'My waiting lists',
      noRegistrations: 'No registrations.',
      waitlistEntry: (
        site: string,
        date: string,
        slot: string,
        zone: string | null,
        status: string,
      ) => `${site}, ${date}, ${slot}${zone ? ` (zone ${zone})` : ''} — ${status}`,
      eventRegistrationsTitle: 'My event registrations',
      eventRegistration: (
        title: string,
        site: string,
        date: string,
        mode: string,
        status: string,
        createdAt: string,
        cancelledAt: string | null,
      ) =>
        `“${title}”, ${site}, ${date} — ${mode}, ${status} (on ${createdAt}${cancelledAt ? `, unregistered on ${cancelledAt}` : ''})`,
      guestInvitationsTitle: 'The guests I invited',
      noInvitations: 'No invitations.',
      erasedGuest: 'Guest (data erased)',
      guestInvitation: (
        guest: string,
        organisation: string | null,
        site: string,
        date: string,
        status: string,
      ) => `${guest}${organisation ? ` (${organisation})` : ''}, ${site}, ${date} — ${status}`,
      eventProposalsTitle: 'The events I proposed',
      noProposals: 'No proposals.',
      eventProposal: (title: string, site: string, date: string, status: string) =>
        `“${title}”, ${site}, ${date} — ${status}`,
      roomBookingsTitle: 'My room bookings',
      noRoomBookings: 'No room bookings.',
      roomBooking: (
        title: string,
        room: string,
        site: string,
        date: string,
        headcount: number,
        isConfirmed: boolean,
        attendees: string[],
      ) =>
        `“${title}”, ${room}, ${site}, ${date}, ${formatCount(headcount, personNoun, 'en')} — ${isConfirmed ? 'confirmed' : 'cancelled'}${attendees.length > 0 ? `; people named: ${attendees.join(', ')}` : ''}`,
      offlineScansTitle: 'My passes recorded by an offline kiosk',
      noScans: 'No passes.',
      offlineScan: (at: string, kiosk: string, outcome: string, message: string | null) =>
        `${at}, ${kiosk} — ${outcome}${message ? `: ${message}` : ''}`,
      statisticsTitle: 'My visits in the statistics',
      statisticsExplanation:
        'Once the month is over, the sites’ statistics count your visit days per month; this count is anonymised with your bookings.',
      statisticsMonth: (site: string, month: string, days: number, first: string, last: string) =>
        `${site}, ${month}: ${days === 1 ? '1 day' : `${days} days`}, from ${first} to ${last}`,
      accessTitle: 'My calendar link and my logins',
      calendarFeed: (isActive: boolean, since: string | null) =>
        `Calendar link: ${isActive ? `active${since ? ` since ${since}` : ''} (AdmZ only keeps a fingerprint of it)` : 'none'}`,
      session: (createdAt: string, expiresAt: string, isCurrent: boolean) =>
        `Login on ${createdAt}, valid until ${expiresAt}${isCurrent ? ' (this device)' : ''}`,
      mailsTitle: 'Mails kept (no mail server)',
      mailsExplanation: (days: number) =>
        `With no mail server configured, AdmZ keeps its mails instead of sending them, for ${formatCount(days, dayNoun, 'en')} at most:`,
      auditTitle: 'Log of management actions',
      auditExplanation:
        'The management actions you made, and those about you (making you a host or a key holder, assigning you a desk):',
      auditEvent: (
        at: string,
        kind: string,
        site: string | null,
        subject: string,
        isActor: boolean,
      ) =>
        `${at} — ${kind}${site ? ` (${site})` : ''}: ${subject}${isActor ? ' — by you' : ' — about you'}`,
    },
    deleteAccount: {
      title: 'Delete my account',
      explanation:
        'Your upcoming bookings are cancelled, your past bookings are no longer linked to you and your identity is erased. You can come back later with ProConnect: a new, empty account will be created.',
      confirmTitle: 'Delete your AdmZ account?',
      keep: 'Keep my account',
      deleting: 'Deleting…',
      confirm: 'Yes, delete my account',
      whatHappens: 'What will happen:',
      final: 'This deletion cannot be undone.',
    },
    accountDeleted: {
      title: 'Your AdmZ account is deleted',
      done: 'Your identity is erased and you are logged out of all your devices.',
      proConnect:
        'Your ProConnect session may stay open in this browser: close it if the device is shared. You can come back whenever you like: a new, empty account will be created at your next login.',
      home: 'Back to the home page',
    },
    deletionEffects: {
      upcomingBookings: (count: number) =>
        `${count} upcoming ${plural(count, 'booking will be', 'bookings will be')} cancelled: the desks are offered to the people on the waiting list.`,
      ongoingBooking: 'Your current booking ends: your departure is recorded.',
      series: (count: number) => `${count} booking ${plural(count, 'series ends', 'series end')}.`,
      waitlists: (count: number) =>
        `You leave ${count} ${plural(count, 'waiting list', 'waiting lists')}.`,
      events: (count: number) =>
        `You leave ${count} upcoming ${plural(count, 'event', 'events')}: your places are offered to the people on the waiting list.`,
      roomBookings: (count: number) =>
        `${count} upcoming room ${plural(count, 'booking is', 'bookings are')} cancelled: the people named are told.`,
      proposals: (count: number) =>
        `${plural(count, 'The event you proposed stays', 'The events you proposed stay')} on the agenda, without your name.`,
      pastBookings: (count: number) =>
        `${count} past ${plural(count, 'booking is', 'bookings are')} kept for the statistics, without your name: nobody can tell any more that ${plural(count, 'it was', 'they were')} yours.`,
      hostedSites: (count: number) =>
        `You are no longer a host of ${count} ${plural(count, 'site', 'sites')}.`,
      keys: (count: number) =>
        `You no longer hold a key (${count} ${plural(count, 'site', 'sites')}).`,
      assignedDesks: (count: number) =>
        `${plural(count, 'The desk assigned to you is freed', 'The desks assigned to you are freed')}.`,
      calendarFeed: 'Your calendar link stops working.',
      identity:
        'Your identity (name, e-mail address, organisation) is erased and you are logged out of all your devices.',
    },
    accountDeletion: {
      cancelledBookings: (count: number) =>
        `${count} ${plural(count, 'booking', 'bookings')} cancelled.`,
      leftWaitlists: (count: number) =>
        `${count} ${plural(count, 'waiting list', 'waiting lists')} left.`,
      leftEvents: (count: number) => `${count} ${plural(count, 'event', 'events')} left.`,
      cancelledRoomBookings: (count: number) =>
        `${count} room ${plural(count, 'booking', 'bookings')} cancelled.`,
      anonymisedBookings: (count: number) =>
        `${count} ${plural(count, 'booking', 'bookings')} anonymised.`,
    },
    retention: {
      presenceWhat: 'Arrival and departure times, the kiosk that scanned, passes recorded offline',
      presenceHowLong: (months: number) =>
        `${months} ${plural(months, 'month', 'months')} after the booked slot, then erased`,
      bookingsWhat: 'Bookings, series and waiting lists',
      bookingsHowLong: (months: number) =>
        `${months} ${plural(months, 'month', 'months')} after the slot, then anonymised: the booking is no longer linked to anyone and only serves the statistics (series and waiting lists are deleted; the monthly count of your visit days, kept for the statistics, is anonymised at the same time)`,
      accountWhat: 'Your account: identity sent by ProConnect, roles, assigned desk',
      accountHowLong: 'As long as you use AdmZ, until the account is deleted (“My data”)',
      sessionsWhat: 'Login sessions',
      sessionsHowLong: (days: number, expiredDays: number) =>
        `${days} ${plural(days, 'day', 'days')}, then ${
          expiredDays === 0
            ? 'deleted within a day of expiring'
            : `deleted ${expiredDays} ${plural(expiredDays, 'day', 'days')} after expiring`
        }`,
      jobsWhat: 'Technical traces of background tasks (sending mails, waiting list)',
      days: (days: number) => `${days} ${plural(days, 'day', 'days')}`,
      outboxWhat: 'Copies of mails when there is no mail server (development environment)',
    },
  },
});
