import { defineMessages } from '../../i18n/language';

/** « Gestionnaires des sites »: an admin names and removes the hosts of each site. */
export const hostsMessages = defineMessages({
  fr: {
    route: {
      title: 'Gestionnaires des sites',
      lead: 'Qui gère chaque tiers-lieu : nommez un gestionnaire par son adresse, même s’il ne s’est encore jamais connecté, ou retirez-le. Chaque changement est consigné.',
      deniedTitle: 'Page réservée aux administrateurs',
      deniedDescription:
        "Seuls les administrateurs d’AdmZ nomment les gestionnaires des tiers-lieux. Si vous devriez y avoir accès, contactez l'équipe AdmZ.",
    },
    view: {
      loadingSites: 'Chargement des tiers-lieux…',
      noSites: 'Aucun tiers-lieu pour l’instant.',
      title: (siteName: string) => `Gestionnaires de ${siteName}`,
      loading: 'Chargement des gestionnaires…',
      emptyTitle: 'Personne ne gère encore ce tiers-lieu.',
      emptyText: 'Nommez un gestionnaire ci-dessous.',
      remove: (name: string) => `Retirer ${name}`,
      invitationsTitle: 'En attente d’une première connexion',
      invitedOn: (date: string) => `(invitée le ${date})`,
      cancelInvitation: (email: string) => `Annuler l’invitation de ${email}`,
      appointTitle: 'Nommer un gestionnaire',
    },
    appointForm: {
      invalidEmail: 'Adresse électronique invalide.',
      label: 'Adresse électronique, ou nom d’une personne déjà connectée',
      hint: 'Quelqu’un qui ne s’est jamais connecté à AdmZ reçoit le rôle à sa première connexion avec cette adresse.',
      found: (count: number) =>
        count === 1 ? '1 personne trouvée' : `${count} personnes trouvées`,
      appointPerson: (name: string, email: string) => `Nommer ${name} (${email})`,
      saved: (siteName: string) =>
        `C’est noté : la liste des gestionnaires de ${siteName} est à jour.`,
      saving: 'Enregistrement…',
      submit: 'Nommer gestionnaire',
    },
    confirmModal: {
      removeTitle: 'Retirer ce gestionnaire ?',
      cancelTitle: 'Annuler cette invitation ?',
      keep: 'Ne rien changer',
      saving: 'Enregistrement…',
      confirmRemove: 'Oui, retirer ce gestionnaire',
      confirmCancel: 'Oui, annuler l’invitation',
      removeEffect: (name: string, email: string, siteName: string) =>
        `${name} (${email}) ne pourra plus gérer ${siteName} : ni les postes, ni les horaires, ni les arrivées du jour. Ses propres réservations restent.`,
      cancelEffect: (email: string, siteName: string) =>
        `La personne qui se connectera avec l’adresse ${email} ne deviendra pas gestionnaire de ${siteName}.`,
    },
  },
  en: {
    route: {
      title: 'Site hosts',
      lead: 'Who runs each site: appoint a host by their address, even if they have never logged in yet, or remove them. Every change is logged.',
      deniedTitle: 'For administrators only',
      deniedDescription:
        'Only AdmZ administrators appoint the hosts of the sites. If you should have access, contact the AdmZ team.',
    },
    view: {
      loadingSites: 'Loading the sites…',
      noSites: 'No site yet.',
      title: (siteName: string) => `Hosts of ${siteName}`,
      loading: 'Loading the hosts…',
      emptyTitle: 'Nobody runs this site yet.',
      emptyText: 'Appoint a host below.',
      remove: (name: string) => `Remove ${name}`,
      invitationsTitle: 'Waiting for a first login',
      invitedOn: (date: string) => `(invited on ${date})`,
      cancelInvitation: (email: string) => `Cancel the invitation of ${email}`,
      appointTitle: 'Appoint a host',
    },
    appointForm: {
      invalidEmail: 'Invalid e-mail address.',
      label: 'E-mail address, or name of someone who has already logged in',
      hint: 'Someone who has never logged in to AdmZ gets the role when they first log in with this address.',
      found: (count: number) => (count === 1 ? '1 person found' : `${count} people found`),
      appointPerson: (name: string, email: string) => `Appoint ${name} (${email})`,
      saved: (siteName: string) => `Done: the list of hosts of ${siteName} is up to date.`,
      saving: 'Saving…',
      submit: 'Appoint as host',
    },
    confirmModal: {
      removeTitle: 'Remove this host?',
      cancelTitle: 'Cancel this invitation?',
      keep: 'Change nothing',
      saving: 'Saving…',
      confirmRemove: 'Yes, remove this host',
      confirmCancel: 'Yes, cancel the invitation',
      removeEffect: (name: string, email: string, siteName: string) =>
        `${name} (${email}) will no longer run ${siteName}: not the desks, not the opening hours, not the day’s arrivals. Their own bookings stay.`,
      cancelEffect: (email: string, siteName: string) =>
        `The person who logs in with the address ${email} will not become a host of ${siteName}.`,
    },
  },
});
