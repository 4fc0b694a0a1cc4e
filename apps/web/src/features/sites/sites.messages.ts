import { formatCount, type Noun } from '../../i18n/format';
import { defineMessages } from '../../i18n/language';

const places: Noun = { fr: 'place', en: 'seat' };

/** The sites as the booking pages show them: picking a site and a day, practical information. */
export const sitesMessages = defineMessages({
  fr: {
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
  },
  en: {
    siteSelect: { label: 'Site' },
    dayPicker: {
      label: 'Day',
      changeDay: 'Change day',
      previous: 'Previous day',
      today: 'Today',
      next: 'Next day',
    },
    hostedSites: {
      loading: 'Loading your sites…',
      none: 'You do not run any site for now.',
    },
    practicalInfo: {
      oneDay: (date: string) => `on ${date}`,
      fromTo: (from: string, to: string) => `from ${from} to ${to}`,
      title: (site: string) => `Practical information: ${site}`,
      travelling: 'Travelling site',
      openFor: (dates: string) => `: open for bookings ${dates}`,
      capacity: (count: number) => formatCount(count, places, 'en'),
      photo: (site: string) => `Photo of ${site}`,
      address: 'Address',
      access: 'Getting in',
      wifi: 'Wi-Fi',
    },
  },
});
