import { defineMessages } from '../../i18n/language';

/** Subscribing a calendar to one's bookings, or to a site's closures. */
export const calendarFeedsMessages = defineMessages({
  fr: {
    panel: {
      title: 'Mes réservations dans mon agenda',
      lead: "Abonnez votre agenda (Outlook, Thunderbird, téléphone) à une adresse secrète : vos réservations y apparaissent et s'y mettent à jour toutes seules. Cette adresse est personnelle, ne la partagez pas.",
      loading: "Chargement de votre lien d'agenda…",
      active: (since: string | null) =>
        `Un lien d'abonnement est actif${since ? ` depuis le ${since}` : ''}. Pour votre sécurité, AdmZ n'en garde qu'une empreinte et ne peut plus l'afficher : s'il vous manque, régénérez-le (l'ancien cessera de fonctionner).`,
      none: "Vous n'avez pas de lien d'abonnement.",
      revoked: 'Lien désactivé : les agendas abonnés ne reçoivent plus vos réservations.',
      regenerate: 'Régénérer le lien',
      revoke: 'Désactiver le lien',
      creating: 'Création…',
      create: "Créer mon lien d'abonnement",
      howTo: "Comment m'abonner ?",
      outlook:
        " : Calendrier → Ajouter un calendrier → « À partir d'Internet », puis collez le lien.",
      thunderbird: ' : Agenda → Nouvel agenda → « Sur le réseau », puis collez le lien.',
      phone: 'Téléphone',
      phoneHowTo: ' : ajoutez un agenda par abonnement (URL) dans les réglages de votre agenda.',
      delay:
        "Les logiciels d'agenda relisent l'adresse de temps en temps : une nouvelle réservation peut mettre quelques heures à y apparaître.",
    },
    regenerateModal: {
      title: "Régénérer le lien d'abonnement ?",
      keep: 'Garder le lien actuel',
      regenerating: 'Régénération…',
      confirm: 'Oui, régénérer le lien',
      body: "L'ancien lien cessera aussitôt de fonctionner : les agendas abonnés avec lui ne recevront plus vos réservations. Le nouveau lien ne sera affiché qu'une fois : abonnez vos agendas avec lui tout de suite.",
    },
    revokeModal: {
      title: "Désactiver le lien d'abonnement ?",
      keep: 'Garder le lien',
      revoking: 'Désactivation…',
      confirm: 'Oui, désactiver le lien',
      body: 'Les agendas abonnés ne recevront plus vos réservations. Vous pourrez créer un nouveau lien quand vous voudrez.',
    },
    createdFeed: {
      copyNow:
        'Copiez ce lien maintenant : il ne sera plus affiché. Tout lien précédent ne fonctionne plus.',
      address: "Adresse d'abonnement (iCal)",
      pasteHint: "À coller dans « Ajouter un agenda depuis Internet » de votre logiciel d'agenda.",
      copy: 'Copier le lien',
    },
    copyStatus: {
      copied: 'Lien copié dans le presse-papiers.',
      selectByHand:
        'Copie automatique impossible : le lien est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',
    },
    siteClosures: {
      title: 'Les fermetures dans un agenda',
      lead: (site: string) =>
        `Les fermetures et les jours fériés du site ${site} apparaissent dans l'agenda abonné à cette adresse (Outlook, Thunderbird, téléphone) et s'y mettent à jour tout seuls. L'adresse ne contient aucune donnée personnelle : partagez-la avec les agents du site.`,
      address: "S'abonner aux fermetures de ce site (iCal)",
      pasteHint: "À coller dans « Ajouter un agenda depuis Internet » de votre logiciel d'agenda.",
      copy: 'Copier le lien des fermetures',
    },
  },
  en: {
    panel: {
      title: 'My bookings in my calendar',
      lead: 'Subscribe your calendar (Outlook, Thunderbird, phone) to a secret address: your bookings appear there and update by themselves. This address is personal, do not share it.',
      loading: 'Loading your calendar link…',
      active: (since: string | null) =>
        `A subscription link is active${since ? ` since ${since}` : ''}. For your security, AdmZ only keeps a fingerprint of it and cannot show it again: if you have lost it, regenerate it (the old one will stop working).`,
      none: 'You have no subscription link.',
      revoked: 'Link switched off: subscribed calendars no longer receive your bookings.',
      regenerate: 'Regenerate the link',
      revoke: 'Switch off the link',
      creating: 'Creating…',
      create: 'Create my subscription link',
      howTo: 'How do I subscribe?',
      outlook: ': Calendar → Add calendar → “From Internet”, then paste the link.',
      thunderbird: ': Calendar → New Calendar → “On the Network”, then paste the link.',
      phone: 'Phone',
      phoneHowTo: ': add a subscribed calendar (URL) in your calendar’s settings.',
      delay:
        'Calendar apps read the address again from time to time: a new booking may take a few hours to appear.',
    },
    regenerateModal: {
      title: 'Regenerate the subscription link?',
      keep: 'Keep the current link',
      regenerating: 'Regenerating…',
      confirm: 'Yes, regenerate the link',
      body: 'The old link will stop working at once: calendars subscribed with it will no longer receive your bookings. The new link will be shown only once: subscribe your calendars with it right away.',
    },
    revokeModal: {
      title: 'Switch off the subscription link?',
      keep: 'Keep the link',
      revoking: 'Switching off…',
      confirm: 'Yes, switch off the link',
      body: 'Subscribed calendars will no longer receive your bookings. You can create a new link whenever you like.',
    },
    createdFeed: {
      copyNow: 'Copy this link now: it will not be shown again. Any previous link no longer works.',
      address: 'Subscription address (iCal)',
      pasteHint: 'To paste into “Add calendar from Internet” in your calendar app.',
      copy: 'Copy the link',
    },
    copyStatus: {
      copied: 'Link copied to the clipboard.',
      selectByHand:
        'Automatic copy not possible: the link is selected, copy it with Ctrl+C (or Cmd+C).',
    },
    siteClosures: {
      title: 'Closures in a calendar',
      lead: (site: string) =>
        `The closures and public holidays of ${site} appear in any calendar subscribed to this address (Outlook, Thunderbird, phone) and update by themselves. The address holds no personal data: share it with the site’s public servants.`,
      address: 'Subscribe to this site’s closures (iCal)',
      pasteHint: 'To paste into “Add calendar from Internet” in your calendar app.',
      copy: 'Copy the closures link',
    },
  },
});
