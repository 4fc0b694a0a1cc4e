import { formatCount, type Noun } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const places: Noun = { fr: 'place', en: 'seat' };

const fr = {
  siteSelect: { label: 'Tiers-lieu' },
  dayPicker: {
    label: 'Jour',
    changeDay: 'Changer de jour',
    previous: 'Jour précédent',
    today: "Aujourd'hui",
    next: 'Jour suivant',
  },
  hostedSites: {
    loading: 'Chargement de vos tiers-lieux…',
    none: 'Vous ne gérez aucun tiers-lieu pour le moment.',
  },
  practicalInfo: {
    oneDay: (date: string) => `le ${date}`,
    fromTo: (from: string, to: string) => `du ${from} au ${to}`,
    title: (site: string) => `Infos pratiques : ${site}`,
    travelling: 'Site itinérant',
    openFor: (dates: string) => ` : ouvert aux réservations ${dates}`,
    capacity: (count: number) => formatCount(count, places, 'fr'),
    photo: (site: string) => `Photo de ${site}`,
    address: 'Adresse',
    access: 'Accès',
    wifi: 'Wifi',
  },
};

/** The shape of these texts, which the English half (sites.messages.en.ts) follows. */
export type SitesMessages = typeof fr;

/** The sites as the booking pages show them: picking a site and a day, practical information. */
export const sitesMessages = defineMessages({
  fr,
  // Loaded only once English is chosen (sites.messages.en.ts): the French pages do not carry it.
  en: () => import('./sites.messages.en'),
});
