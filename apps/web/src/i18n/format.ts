import {
  countOf,
  describeBookingWindow,
  formatFrenchDate,
  formatFrenchMonth,
  formatMinutes,
  formatSiteTime,
  siteToday,
  type SiteRules,
} from '@admz/shared';
import { localeOf, useLanguage, type Language } from './language';

// How the web app writes dates, counts and durations in the person's language. French is the
// shared library's own wording (the API and the mails use it too), unchanged; English is here.

const englishDateFormatter = new Intl.DateTimeFormat(localeOf.en, {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const englishMonthFormatter = new Intl.DateTimeFormat(localeOf.en, {
  timeZone: 'UTC',
  month: 'long',
  year: 'numeric',
});

function utcNoon(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 12));
}

/** « lundi 2 novembre 2026 » / « Monday 2 November 2026 » for a calendar date. */
export function formatDate(
  isoDate: string,
  language: Language,
  options: { withYear?: boolean } = {},
): string {
  if (language === 'fr') return formatFrenchDate(isoDate, options);
  // Assembled from parts: ICU versions differ on the comma after the weekday.
  const parts = Object.fromEntries(
    englishDateFormatter.formatToParts(utcNoon(isoDate)).map((part) => [part.type, part.value]),
  );
  const date = `${parts.weekday} ${parts.day} ${parts.month}`;
  return options.withYear === false ? date : `${date} ${parts.year}`;
}

/** « novembre 2026 » / « November 2026 » for a `YYYY-MM` month. */
export function formatMonth(month: string, language: Language): string {
  if (language === 'fr') return formatFrenchMonth(month);
  return englishMonthFormatter.format(utcNoon(`${month}-15`));
}

/** « lundi 2 novembre 2026 à 09:12 » / « Monday 2 November 2026 at 09:12 », on the site's clock. */
export function formatDateTime(isoInstant: string, timezone: string, language: Language): string {
  const instant = new Date(isoInstant);
  const date = formatDate(siteToday(timezone, instant), language);
  const time = formatSiteTime(instant, timezone);
  return language === 'fr' ? `${date} à ${time}` : `${date} at ${time}`;
}

/** A noun in both languages: French and English singular, and their plurals when irregular. */
export type Noun = { fr: string; frPlural?: string; en: string; enPlural?: string };

/**
 * « 1 poste », « 0 poste », « 3 postes » / « 1 desk », « 0 desks », « 3 desks »: French counts
 * 0 and 1 as singular, English only 1.
 */
export function formatCount(count: number, noun: Noun, language: Language): string {
  if (language === 'fr') return countOf(count, noun.fr, noun.frPlural);
  return `${count} ${Math.abs(count) === 1 ? noun.en : (noun.enPlural ?? `${noun.en}s`)}`;
}

/** « 2 jours », « 1 h 30 » / « 2 days », « 1 h 30 »: a duration in a sentence. */
export function formatDuration(minutes: number, language: Language): string {
  if (language === 'fr') return formatMinutes(minutes);
  if (minutes >= 1440 && minutes % 1440 === 0) {
    const days = minutes / 1440;
    return `${days} day${days === 1 ? '' : 's'}`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${String(rest).padStart(2, '0')}`;
}

/** « on réserve au plus 30 jours à l'avance » / « bookings open at most 30 days ahead ». */
export function formatBookingWindow(
  rules: Pick<SiteRules, 'maxDaysAhead'>,
  language: Language,
): string {
  if (language === 'fr') return describeBookingWindow(rules);
  if (rules.maxDaysAhead === 0) return 'bookings are for the same day only';
  return `bookings open at most ${formatCount(rules.maxDaysAhead, { fr: 'jour', en: 'day' }, 'en')} ahead`;
}

/** The formatters above in the current language; the component renders again when it changes. */
export function useFormat() {
  const language = useLanguage();
  return {
    language,
    locale: localeOf[language],
    date: (isoDate: string, options?: { withYear?: boolean }) =>
      formatDate(isoDate, language, options),
    month: (month: string) => formatMonth(month, language),
    dateTime: (isoInstant: string, timezone: string) =>
      formatDateTime(isoInstant, timezone, language),
    count: (count: number, noun: Noun) => formatCount(count, noun, language),
    duration: (minutes: number) => formatDuration(minutes, language),
    bookingWindow: (rules: Pick<SiteRules, 'maxDaysAhead'>) => formatBookingWindow(rules, language),
  };
}
