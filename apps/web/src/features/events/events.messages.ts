import { formatCount, type Noun } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const deskBooking: Noun = {
  fr: 'réservation de poste',
  frPlural: 'réservations de poste',
  en: 'desk booking',
};
const person: Noun = { fr: 'personne', en: 'person', enPlural: 'people' };
const desk: Noun = { fr: 'poste', en: 'desk' };
const place: Noun = { fr: 'place', en: 'place' };
const registrant: Noun = { fr: 'inscrit', en: 'registrant' };
const pastEvent: Noun = { fr: 'événement passé', frPlural: 'événements passés', en: 'past event' };

const inFrench = (count: number, noun: Noun) => formatCount(count, noun, 'fr');
const inEnglish = (count: number, noun: Noun) => formatCount(count, noun, 'en');
/** The « s » of a French participle agreeing with a count (« annulée » / « annulées »). */
const agreeing = (count: number) => (count > 1 ? 's' : '');

/** Events: the agenda, an event's page, registering, proposing, approving, the archive. */
export const eventsMessages = defineMessages({
  fr: {
    common: {
      site: 'Tiers-lieu',
      allSites: 'Tous les tiers-lieux',
      loadingSites: 'Chargement des tiers-lieux…',
      noSiteOpen: 'Aucun tiers-lieu n’est ouvert pour le moment.',
      proposeEvent: 'Proposer un événement',
      newWindow: 'nouvelle fenêtre',
      themes: 'Thèmes',
      zoneSpace: (name: string) => `zone ${name}`,
    },
    routes: {
      agenda: {
        title: 'Agenda des événements',
        lead: 'Conférences, journées thématiques, ateliers et déjeuners des tiers-lieux, proposés par les agents qui les fréquentent.',
        archive: 'Archives des événements passés',
        mine: 'Mes inscriptions et propositions',
      },
      archive: {
        title: 'Archives des événements',
        lead: 'Les événements passés des tiers-lieux, avec ce qu’ils ont produit : résumés, supports, vidéos, dépôts de code.',
        upcoming: 'Agenda des événements à venir',
      },
      event: { title: 'Événement' },
      mine: { title: 'Mes événements', agenda: 'Agenda des événements' },
      pending: {
        title: 'Événements à valider',
        lead: 'Validez les événements proposés par les agents, ou refusez-les en expliquant pourquoi. Un événement validé occupe sa zone : les postes réservés sur son créneau sont listés avant d’être annulés.',
        hostsOnlyTitle: 'Page réservée aux gestionnaires',
        hostsOnly:
          "Cette page est réservée aux personnes qui gèrent un tiers-lieu. Si vous devriez y avoir accès, contactez l'équipe AdmZ.",
      },
      propose: {
        title: 'Proposer un événement',
        lead: 'Un talk, une journée thématique, un atelier, un déjeuner : proposez-le dans un tiers-lieu, sur place et, si vous le souhaitez, à distance.',
      },
    },
    summary: { alsoRemote: 'Aussi à distance' },
    upcoming: {
      title: 'Événements à venir',
      loading: 'Chargement des événements…',
      empty: 'Aucun événement annoncé pour l’instant dans vos tiers-lieux.',
      seeAgenda: 'Voir l’agenda',
    },
    agenda: {
      title: (site: string) => `À venir à ${site}`,
      loading: 'Chargement de l’agenda…',
      empty: 'Aucun événement annoncé dans ce tiers-lieu pour l’instant.',
    },
    details: {
      loading: 'Chargement de l’événement…',
      fallbackTitle: 'Événement',
      backToAgenda: 'Retour à l’agenda',
      declinedTitle: 'Proposition non retenue',
      declinedReason: (reason: string) => `Raison donnée par l’équipe : ${reason}`,
      when: 'Quand',
      localTime: (timezone: string) => `(heure locale, ${timezone})`,
      where: 'Où',
      capacity: 'Places sur place',
      remote: 'À distance',
      visioLink: 'Lien de visio (nouvelle fenêtre)',
      visioYes: 'Oui, par visio',
      visioNo: 'Non',
      audience: 'Public',
      proposedBy: 'Proposé par',
      description: 'Description',
      siteAgenda: (site: string) => `Agenda de ${site}`,
    },
    registration: {
      title: 'Participer',
      loading: 'Chargement des inscriptions…',
      places: (inPerson: number, capacity: number, waiting: number, remote: number) =>
        `${inPerson} / ${capacity} places sur place prises` +
        (waiting > 0 ? `, ${waiting} en liste d’attente` : '') +
        (remote > 0 ? `, ${remote} à distance` : '') +
        '.',
      registered: (mode: string) => `Vous êtes inscrit (${mode}).`,
      waiting: (position: number | null) =>
        `Vous êtes en liste d’attente (${position ?? '?'}ᵉ) : vous recevrez un courriel si une place se libère.`,
      joinVisio: 'Rejoindre la visio (nouvelle fenêtre)',
      unregister: 'Me désinscrire',
      closed: 'L’événement a commencé : les inscriptions sont closes.',
      joinWaitingList: 'M’inscrire en liste d’attente',
      registerInPerson: 'M’inscrire sur place',
      followRemotely: 'Suivre à distance',
      unregisterTitle: 'Vous désinscrire ?',
      stayRegistered: 'Rester inscrit',
      unregistering: 'Désinscription…',
      unregisterBody: (title: string) =>
        `Vous quittez « ${title} ». Une place sur place libérée revient à la première personne de la liste d’attente, prévenue par courriel.`,
    },
    registrants: {
      title: 'Inscrits',
      loading: 'Chargement des inscrits…',
      none: 'Personne n’est encore inscrit.',
      waiting: ', en liste d’attente',
      attendance: (attendees: number, registeredInPerson: number, noShows: number | null) => {
        const came = `${attendees} venu${agreeing(attendees)} sur ${inFrench(registeredInPerson, registrant)} sur place`;
        return noShows === null
          ? `${came}.`
          : `${came}, ${inFrench(noShows, { fr: 'absent', en: 'absent' })}.`;
      },
      present: 'Présent·e',
      arrivedAt: (time: string) => `arrivée à ${time}`,
      absent: 'Absent·e',
      formLabel: 'Écrire aux inscrits',
      subject: 'Objet du message aux inscrits',
      body: 'Message',
      sent: (recipients: number) =>
        `Message envoyé par courriel à ${inFrench(recipients, person)}.`,
      write: (count: number) => `Écrire aux ${inFrench(count, registrant)}`,
    },
    cancel: {
      title: 'Annuler l’événement',
      open: 'Annuler l’événement…',
      modalTitle: (title: string) => `Annuler « ${title} » ?`,
      keep: 'Ne rien changer',
      cancelling: 'Annulation…',
      confirm: 'Annuler l’événement et prévenir',
      body: (told: number | null) =>
        'L’événement disparaît de l’agenda et sa zone redevient réservable. ' +
        (told === null
          ? 'Chaque inscrit'
          : `${inFrench(told, person)} inscrite${agreeing(told)} (ou en attente)`) +
        ' et la personne qui l’a proposé reçoivent votre raison par courriel.',
      reason: 'Raison de l’annulation',
    },
    pass: {
      notYet:
        'Le jour de l’événement, votre pass (QR code à présenter à la borne d’accueil) s’affichera ici.',
      loading: 'Chargement de votre pass…',
      unavailable: 'Pass indisponible',
      title: (title: string) => `Pass pour « ${title} »`,
      checkedIn: (time: string) => `Arrivée enregistrée à ${time}.`,
      qrAlt: (title: string) => `QR code d’accès à l’événement « ${title} »`,
      typeCode: 'Code à saisir à la borne si l’appareil photo ne fonctionne pas',
      window: (from: string, until: string) =>
        `Accueil à la borne de ${from} à ${until} (heure du tiers-lieu).`,
    },
    myEvents: {
      registrationsTitle: 'Mes inscriptions',
      loadingRegistrations: 'Chargement de vos inscriptions…',
      noRegistrations: 'Vous n’êtes inscrit à aucun événement à venir.',
      seeAgenda: 'Voir l’agenda des événements',
      waitingList: 'Liste d’attente',
      nextInLine:
        'Vous êtes le prochain sur la liste : une place libérée vous revient, par courriel.',
      waitingPosition: (position: number | null) =>
        `Vous êtes ${position ?? '?'}e sur la liste d’attente.`,
      registered: 'Inscrit',
      joinVisio: 'Rejoindre la visio',
      visioByMail: (minutes: number) =>
        `— le lien vous est aussi envoyé par courriel ${minutes} minutes avant le début.`,
      proposalsTitle: 'Mes propositions',
      loadingProposals: 'Chargement de vos propositions…',
      noProposals: 'Vous n’avez proposé aucun événement à venir.',
    },
    pending: {
      create: 'Créer un événement',
      title: (site: string) => `Propositions à valider à ${site}`,
      loading: 'Chargement des propositions…',
      empty: 'Aucune proposition en attente : tout est à jour.',
      approvedAlone: (title: string) =>
        `« ${title} » est validé et publié à l’agenda. Aucune réservation n’était concernée.`,
      approvedWithCancellations: (title: string, count: number) =>
        `« ${title} » est validé et publié à l’agenda. ${inFrench(count, deskBooking)} annulée${agreeing(count)}, les personnes concernées sont prévenues par courriel.`,
      declined: (title: string) =>
        `« ${title} » est refusé. La personne qui l’a proposé en est prévenue par courriel, avec votre raison.`,
      proposedBy: (name: string | null, capacity: number) =>
        `Proposé par ${name ?? 'une personne qui a depuis supprimé son compte'} — ${inFrench(capacity, place)}`,
      approve: 'Valider',
      approveLabel: (title: string) => `Valider « ${title} »`,
      decline: 'Refuser',
      declineLabel: (title: string) => `Refuser « ${title} »`,
      approveTitle: (title: string | null) => (title ? `Valider « ${title} » ?` : 'Valider ?'),
      keep: 'Ne rien changer',
      approving: 'Validation en cours…',
      approveConfirm: 'Valider, annuler ces réservations et prévenir',
      declineTitle: (title: string | null) => (title ? `Refuser « ${title} » ?` : 'Refuser ?'),
      declining: 'Envoi…',
      declineConfirm: 'Refuser et prévenir par courriel',
      declineBody:
        'La personne qui l’a proposé reçoit votre raison par courriel. La proposition ne pourra plus être validée ensuite.',
      declineReason: 'Raison du refus',
    },
    affected: {
      intro: (count: number) =>
        `${inFrench(count, deskBooking)} ${count > 1 ? 'seraient annulées' : 'serait annulée'} : l’événement occupe leur zone. Rien n’a encore changé : si vous confirmez, l’événement est validé, ces réservations sont annulées et chaque personne est prévenue par courriel.`,
      desk: (label: string) => `poste ${label}`,
    },
    form: {
      proposalSent:
        'Votre proposition est envoyée aux gestionnaires du tiers-lieu. Vous recevrez un courriel dès qu’ils l’auront validée ou refusée.',
      created: (cancelled: number) =>
        'L’événement est créé et publié à l’agenda du tiers-lieu.' +
        (cancelled > 0
          ? ` ${inFrench(cancelled, deskBooking)} annulée${agreeing(cancelled)}, les personnes concernées sont prévenues par courriel.`
          : ''),
      hostHelp: 'Vous gérez ce tiers-lieu : l’événement est publié directement à son agenda.',
      agentHelp:
        'Les gestionnaires du tiers-lieu valident chaque proposition ; vous êtes prévenu par courriel.',
      localTimes: (timezone: string) => `Heures locales du site (${timezone}).`,
      title: 'Titre',
      type: 'Type',
      description: 'Description',
      themesHint: (max: number) =>
        `Séparés par des virgules, ${max} au plus (exemple : accessibilité, logiciel libre).`,
      date: 'Date',
      start: 'Début',
      end: 'Fin',
      zone: 'Zone utilisée',
      zoneHint:
        'Une fois l’événement validé, les postes de cette zone (ou la salle choisie) ne sont plus réservables pendant l’événement.',
      loadingZones: 'Chargement des zones…',
      zoneOption: (zone: string, desks: number) => `${zone} (${inFrench(desks, desk)})`,
      rooms: 'Salles (réservées pour la durée de l’événement)',
      roomOption: (room: string, capacity: number) => `${room} (${inFrench(capacity, person)})`,
      capacity: 'Places sur place',
      visio: 'Lien de visio (facultatif)',
      visioHint: 'Pour suivre l’événement à distance : une adresse en https://.',
      audience: 'Public',
      create: 'Créer l’événement',
      propose: 'Proposer l’événement',
      confirmTitle: 'Créer cet événement ?',
      createNothing: 'Ne rien créer',
      creating: 'Création en cours…',
      confirmCreate: 'Créer, annuler ces réservations et prévenir',
    },
    archive: {
      title: 'Archives de l’événement',
      empty: 'Rien n’a encore été joint à cet événement : ni résumé, ni support.',
      summary: 'Résumé',
      links: 'Supports et liens',
      formTitle: 'Compléter les archives',
      formIntro:
        'Vous organisez cet événement : joignez ce qu’il a produit. Chaque enregistrement remplace les archives précédentes.',
      summaryHint: (max: number) =>
        `Texte simple, ${max.toLocaleString('fr-FR')} caractères au plus.`,
      themesHint: 'Les thèmes de l’événement, séparés par des virgules (8 au plus).',
      linksLegend: (count: number, max: number) => `Liens (${count} sur ${max} au plus)`,
      linkKind: (position: number) => `Type du lien ${position}`,
      linkLabel: (position: number) => `Intitulé du lien ${position}`,
      linkUrl: (position: number) => `Adresse du lien ${position}`,
      linkUrlHint: 'Adresse complète, en https://',
      removeLink: (position: number) => `Retirer le lien ${position}`,
      addLink: 'Ajouter un lien',
      saved: 'Archives enregistrées.',
      saving: 'Enregistrement…',
      save: 'Enregistrer les archives',
      removeTitle: 'Retirer ce lien ?',
      keepLink: 'Garder le lien',
      removeConfirm: 'Retirer le lien',
      removeBody: (label: string | undefined) =>
        (label ? `« ${label} » sera retiré des archives` : 'Ce lien sera retiré des archives') +
        ' à l’enregistrement du formulaire.',
    },
    archiveSearch: {
      searchLabel: 'Rechercher dans les événements passés',
      searchHint: 'Des mots du titre, de la description, du résumé, des thèmes ou des liens.',
      search: 'Rechercher',
      filtersLabel: 'Filtrer les archives',
      theme: 'Thème',
      allThemes: 'Tous les thèmes',
      type: 'Type',
      allTypes: 'Tous les types',
      administration: 'Administration organisatrice',
      allAdministrations: 'Toutes les administrations',
      searching: 'Recherche dans les archives…',
      noneFound: 'Aucun événement trouvé',
      found: (total: number) => inFrench(total, pastEvent),
      pageOf: (page: number, pageCount: number) => ` — page ${page} sur ${pageCount}`,
      noMatch: 'Aucun événement passé ne correspond à cette recherche.',
      noneYet: 'Aucun événement n’a encore eu lieu.',
      clear: 'Effacer la recherche et les filtres',
      tryOther:
        'Essayez d’autres mots, ou retirez un filtre. La recherche tient compte du singulier, du pluriel et des accents.',
      pagesLabel: 'Pages de résultats',
      previous: 'Page précédente',
      next: 'Page suivante',
      organisedBy: (administration: string) => `, organisé par ${administration}`,
      hasMaterial: 'Supports disponibles',
      noMaterial: 'Rien de joint pour l’instant',
    },
  },
  en: {
    common: {
      site: 'Site',
      allSites: 'All sites',
      loadingSites: 'Loading sites…',
      noSiteOpen: 'No site is open at the moment.',
      proposeEvent: 'Propose an event',
      newWindow: 'new window',
      themes: 'Topics',
      zoneSpace: (name: string) => `${name} zone`,
    },
    routes: {
      agenda: {
        title: 'Events agenda',
        lead: 'Talks, theme days, workshops and lunches at the sites, proposed by the public servants who work there.',
        archive: 'Archive of past events',
        mine: 'My registrations and proposals',
      },
      archive: {
        title: 'Events archive',
        lead: 'Past events at the sites, with what they produced: summaries, slides, videos, code repositories.',
        upcoming: 'Agenda of upcoming events',
      },
      event: { title: 'Event' },
      mine: { title: 'My events', agenda: 'Events agenda' },
      pending: {
        title: 'Events to approve',
        lead: 'Approve the events public servants propose, or decline them saying why. An approved event takes up its zone: the desks booked on its slot are listed before they are cancelled.',
        hostsOnlyTitle: 'Page for hosts only',
        hostsOnly:
          'This page is for the people who run a site. If you should have access, contact the AdmZ team.',
      },
      propose: {
        title: 'Propose an event',
        lead: 'A talk, a theme day, a workshop, a lunch: propose it at a site, in person and, if you like, online too.',
      },
    },
    summary: { alsoRemote: 'Also online' },
    upcoming: {
      title: 'Upcoming events',
      loading: 'Loading events…',
      empty: 'No events announced at your sites yet.',
      seeAgenda: 'See the agenda',
    },
    agenda: {
      title: (site: string) => `Coming up at ${site}`,
      loading: 'Loading the agenda…',
      empty: 'No events announced at this site yet.',
    },
    details: {
      loading: 'Loading the event…',
      fallbackTitle: 'Event',
      backToAgenda: 'Back to the agenda',
      declinedTitle: 'Proposal declined',
      declinedReason: (reason: string) => `Reason given by the team: ${reason}`,
      when: 'When',
      localTime: (timezone: string) => `(local time, ${timezone})`,
      where: 'Where',
      capacity: 'In-person places',
      remote: 'Online',
      visioLink: 'Video call link (new window)',
      visioYes: 'Yes, by video call',
      visioNo: 'No',
      audience: 'Audience',
      proposedBy: 'Proposed by',
      description: 'Description',
      siteAgenda: (site: string) => `${site} agenda`,
    },
    registration: {
      title: 'Take part',
      loading: 'Loading registrations…',
      places: (inPerson: number, capacity: number, waiting: number, remote: number) =>
        `${inPerson} / ${capacity} in-person places taken` +
        (waiting > 0 ? `, ${waiting} on the waiting list` : '') +
        (remote > 0 ? `, ${remote} online` : '') +
        '.',
      registered: (mode: string) => `You are registered (${mode}).`,
      waiting: (position: number | null) =>
        `You are on the waiting list (number ${position ?? '?'}): you will get an e-mail if a place frees up.`,
      joinVisio: 'Join the video call (new window)',
      unregister: 'Cancel my registration',
      closed: 'The event has started: registration is closed.',
      joinWaitingList: 'Join the waiting list',
      registerInPerson: 'Register to come in person',
      followRemotely: 'Follow online',
      unregisterTitle: 'Cancel your registration?',
      stayRegistered: 'Stay registered',
      unregistering: 'Cancelling…',
      unregisterBody: (title: string) =>
        `You are leaving “${title}”. A freed in-person place goes to the first person on the waiting list, who is told by e-mail.`,
    },
    registrants: {
      title: 'Registrants',
      loading: 'Loading registrants…',
      none: 'Nobody has registered yet.',
      waiting: ', on the waiting list',
      attendance: (attendees: number, registeredInPerson: number, noShows: number | null) => {
        const came = `${attendees} of ${registeredInPerson} registered in person came`;
        return noShows === null ? `${came}.` : `${came}, ${noShows} absent.`;
      },
      present: 'Present',
      arrivedAt: (time: string) => `arrived at ${time}`,
      absent: 'Absent',
      formLabel: 'Write to registrants',
      subject: 'Subject of the message to registrants',
      body: 'Message',
      sent: (recipients: number) => `Message sent by e-mail to ${inEnglish(recipients, person)}.`,
      write: (count: number) => `Write to the ${inEnglish(count, registrant)}`,
    },
    cancel: {
      title: 'Cancel the event',
      open: 'Cancel the event…',
      modalTitle: (title: string) => `Cancel “${title}”?`,
      keep: 'Keep the event',
      cancelling: 'Cancelling…',
      confirm: 'Cancel the event and notify',
      body: (told: number | null) =>
        'The event leaves the agenda and its zone can be booked again. ' +
        (told === null
          ? 'Everyone registered'
          : `The ${inEnglish(told, person)} registered (or waiting)`) +
        ' and the person who proposed it receive your reason by e-mail.',
      reason: 'Reason for cancelling',
    },
    pass: {
      notYet:
        'On the day of the event, your pass (a QR code to show at the kiosk) will appear here.',
      loading: 'Loading your pass…',
      unavailable: 'Pass unavailable',
      title: (title: string) => `Pass for “${title}”`,
      checkedIn: (time: string) => `Arrival recorded at ${time}.`,
      qrAlt: (title: string) => `Pass QR code for the event “${title}”`,
      typeCode: 'Code to type at the kiosk if the camera does not work',
      window: (from: string, until: string) =>
        `Kiosk check-in from ${from} to ${until} (site time).`,
    },
    myEvents: {
      registrationsTitle: 'My registrations',
      loadingRegistrations: 'Loading your registrations…',
      noRegistrations: 'You are not registered for any upcoming event.',
      seeAgenda: 'See the events agenda',
      waitingList: 'Waiting list',
      nextInLine:
        'You are next on the list: a freed place goes to you, and you are told by e-mail.',
      waitingPosition: (position: number | null) =>
        `You are number ${position ?? '?'} on the waiting list.`,
      registered: 'Registered',
      joinVisio: 'Join the video call',
      visioByMail: (minutes: number) =>
        `— the link is also sent to you by e-mail ${minutes} minutes before the start.`,
      proposalsTitle: 'My proposals',
      loadingProposals: 'Loading your proposals…',
      noProposals: 'You have not proposed any upcoming event.',
    },
    pending: {
      create: 'Create an event',
      title: (site: string) => `Proposals to approve at ${site}`,
      loading: 'Loading proposals…',
      empty: 'No proposals waiting: everything is up to date.',
      approvedAlone: (title: string) =>
        `“${title}” is approved and published in the agenda. No booking was affected.`,
      approvedWithCancellations: (title: string, count: number) =>
        `“${title}” is approved and published in the agenda. ${inEnglish(count, deskBooking)} cancelled; the people affected are told by e-mail.`,
      declined: (title: string) =>
        `“${title}” is declined. The person who proposed it is told by e-mail, with your reason.`,
      proposedBy: (name: string | null, capacity: number) =>
        `Proposed by ${name ?? 'someone who has since deleted their account'} — ${inEnglish(capacity, place)}`,
      approve: 'Approve',
      approveLabel: (title: string) => `Approve “${title}”`,
      decline: 'Decline',
      declineLabel: (title: string) => `Decline “${title}”`,
      approveTitle: (title: string | null) => (title ? `Approve “${title}”?` : 'Approve?'),
      keep: 'Leave it as it is',
      approving: 'Approving…',
      approveConfirm: 'Approve, cancel these bookings and notify',
      declineTitle: (title: string | null) => (title ? `Decline “${title}”?` : 'Decline?'),
      declining: 'Sending…',
      declineConfirm: 'Decline and notify by e-mail',
      declineBody:
        'The person who proposed it receives your reason by e-mail. The proposal cannot be approved afterwards.',
      declineReason: 'Reason for declining',
    },
    affected: {
      intro: (count: number) =>
        `${inEnglish(count, deskBooking)} would be cancelled: the event takes up their zone. Nothing has changed yet: if you confirm, the event is approved, these bookings are cancelled and each person is told by e-mail.`,
      desk: (label: string) => `desk ${label}`,
    },
    form: {
      proposalSent:
        'Your proposal has been sent to the site’s hosts. You will get an e-mail as soon as they approve or decline it.',
      created: (cancelled: number) =>
        'The event is created and published in the site’s agenda.' +
        (cancelled > 0
          ? ` ${inEnglish(cancelled, deskBooking)} cancelled; the people affected are told by e-mail.`
          : ''),
      hostHelp: 'You host this site: the event is published straight to its agenda.',
      agentHelp: 'The site’s hosts approve each proposal; you are told by e-mail.',
      localTimes: (timezone: string) => `Times are the site’s local time (${timezone}).`,
      title: 'Title',
      type: 'Type',
      description: 'Description',
      themesHint: (max: number) =>
        `Separated by commas, ${max} at most (for example: accessibility, free software).`,
      date: 'Date',
      start: 'Start',
      end: 'End',
      zone: 'Zone used',
      zoneHint:
        'Once the event is approved, the desks of this zone (or the chosen room) cannot be booked during the event.',
      loadingZones: 'Loading zones…',
      zoneOption: (zone: string, desks: number) => `${zone} (${inEnglish(desks, desk)})`,
      rooms: 'Rooms (booked for the length of the event)',
      roomOption: (room: string, capacity: number) => `${room} (${inEnglish(capacity, person)})`,
      capacity: 'In-person places',
      visio: 'Video call link (optional)',
      visioHint: 'To follow the event remotely: an https:// address.',
      audience: 'Audience',
      create: 'Create the event',
      propose: 'Propose the event',
      confirmTitle: 'Create this event?',
      createNothing: 'Don’t create it',
      creating: 'Creating…',
      confirmCreate: 'Create, cancel these bookings and notify',
    },
    archive: {
      title: 'Event archive',
      empty: 'Nothing has been added to this event yet: no summary, no materials.',
      summary: 'Summary',
      links: 'Materials and links',
      formTitle: 'Complete the archive',
      formIntro:
        'You organise this event: add what it produced. Each save replaces the previous archive.',
      summaryHint: (max: number) =>
        `Plain text, ${max.toLocaleString('en-GB')} characters at most.`,
      themesHint: 'The event’s topics, separated by commas (8 at most).',
      linksLegend: (count: number, max: number) => `Links (${count} of ${max} at most)`,
      linkKind: (position: number) => `Type of link ${position}`,
      linkLabel: (position: number) => `Title of link ${position}`,
      linkUrl: (position: number) => `Address of link ${position}`,
      linkUrlHint: 'Full address, starting with https://',
      removeLink: (position: number) => `Remove link ${position}`,
      addLink: 'Add a link',
      saved: 'Archive saved.',
      saving: 'Saving…',
      save: 'Save the archive',
      removeTitle: 'Remove this link?',
      keepLink: 'Keep the link',
      removeConfirm: 'Remove the link',
      removeBody: (label: string | undefined) =>
        (label
          ? `“${label}” will be removed from the archive`
          : 'This link will be removed from the archive') + ' when the form is saved.',
    },
    archiveSearch: {
      searchLabel: 'Search past events',
      searchHint: 'Words from the title, description, summary, topics or links.',
      search: 'Search',
      filtersLabel: 'Filter the archive',
      theme: 'Topic',
      allThemes: 'All topics',
      type: 'Type',
      allTypes: 'All types',
      administration: 'Organising administration',
      allAdministrations: 'All administrations',
      searching: 'Searching the archive…',
      noneFound: 'No events found',
      found: (total: number) => inEnglish(total, pastEvent),
      pageOf: (page: number, pageCount: number) => ` — page ${page} of ${pageCount}`,
      noMatch: 'No past event matches this search.',
      noneYet: 'No event has taken place yet.',
      clear: 'Clear the search and filters',
      tryOther:
        'Try other words, or remove a filter. The search ignores singular and plural forms and accents.',
      pagesLabel: 'Result pages',
      previous: 'Previous page',
      next: 'Next page',
      organisedBy: (administration: string) => `, organised by ${administration}`,
      hasMaterial: 'Materials available',
      noMaterial: 'Nothing added yet',
    },
  },
});
