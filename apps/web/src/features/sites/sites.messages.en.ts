import { formatCount, type Noun } from '../../i18n/format';
import type { SitesMessages } from './sites.messages';

const places: Noun = { fr: 'place', en: 'seat' };

/** The sites’ texts in English, loaded once English is chosen (sites.messages.ts). */
const en: SitesMessages = {
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
};

export default en;
