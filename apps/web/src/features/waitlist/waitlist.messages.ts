import { defineMessages } from '../../i18n/language';

/** The waiting list of a full slot: joining it, and one's entries in « Mes réservations ». */
export const waitlistMessages = defineMessages({
  fr: {
    join: {
      title: 'Créneau complet : liste d’attente',
      explanation: (date: string) =>
        `Quand un poste se libère le ${date}, il est attribué automatiquement à la première personne en attente, qui est prévenue par courriel. La liste s’arrête au début du créneau.`,
      zone: 'Zone souhaitée (facultatif)',
      allZones: 'Toutes les zones',
      noFreeDesk: ' : aucun poste libre. ',
      waiting: (position: string, zone: string | null) =>
        `Vous êtes sur la liste d’attente (position ${position}${zone ? `, zone ${zone}` : ''}).`,
      joining: 'Inscription…',
      joinSlot: (slot: string) => `Rejoindre la liste d'attente — ${slot}`,
      joined: (position: string) =>
        `Vous êtes inscrit·e sur la liste d'attente (position ${position}). Vous la retrouvez dans « Mes réservations ».`,
    },
    mine: {
      loading: "Chargement de vos listes d'attente…",
      title: 'Listes d’attente',
      zone: (zone: string | null) => (zone ? `, zone ${zone}` : ', toutes zones'),
      position: (position: string) => `Position ${position} dans la file.`,
      leaveTitle: (date: string, slot: string) => `Quitter la liste d'attente du ${date}, ${slot}`,
      leave: 'Quitter la liste',
      promoted: 'Un poste s’est libéré : il vous a été attribué (voir « À venir »).',
    },
  },
  en: {
    join: {
      title: 'Slot full: waiting list',
      explanation: (date: string) =>
        `When a desk frees up on ${date}, it is given automatically to the first person waiting, who is told by e-mail. The list closes when the slot starts.`,
      zone: 'Preferred zone (optional)',
      allZones: 'All zones',
      noFreeDesk: ': no free desk. ',
      waiting: (position: string, zone: string | null) =>
        `You are on the waiting list (position ${position}${zone ? `, zone ${zone}` : ''}).`,
      joining: 'Joining…',
      joinSlot: (slot: string) => `Join the waiting list — ${slot}`,
      joined: (position: string) =>
        `You are on the waiting list (position ${position}). You will find it in “My bookings”.`,
    },
    mine: {
      loading: 'Loading your waiting lists…',
      title: 'Waiting lists',
      zone: (zone: string | null) => (zone ? `, zone ${zone}` : ', all zones'),
      position: (position: string) => `Position ${position} in the queue.`,
      leaveTitle: (date: string, slot: string) => `Leave the waiting list for ${date}, ${slot}`,
      leave: 'Leave the list',
      promoted: 'A desk freed up: it has been given to you (see “Upcoming”).',
    },
  },
});
