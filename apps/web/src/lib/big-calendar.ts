import { format, getDay, parse, startOfWeek, type Locale } from 'date-fns';
import { enGB, fr as frLocale } from 'date-fns/locale';
import { dateFnsLocalizer, type Formats, type Messages } from 'react-big-calendar';
import type { Language } from '../i18n/language';

/** react-big-calendar in French or English, weeks starting on Monday. */
export const calendarLocalizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { fr: frLocale, en: enGB } satisfies Record<Language, Locale>,
});

/** The `culture` prop of a calendar in this language. */
export function calendarCulture(language: Language): string {
  return language;
}

const calendarWords = {
  fr: {
    date: 'Date',
    time: 'Heure',
    allDay: 'Journée',
    week: 'Semaine',
    work_week: 'Semaine de travail',
    day: 'Jour',
    month: 'Mois',
    previous: 'Précédent',
    next: 'Suivant',
    yesterday: 'Hier',
    tomorrow: 'Demain',
    today: "Aujourd'hui",
    agenda: 'Agenda',
    showMore: (count: number) => `+ ${count} de plus`,
  },
  en: {
    date: 'Date',
    time: 'Time',
    allDay: 'Full day',
    week: 'Week',
    work_week: 'Work week',
    day: 'Day',
    month: 'Month',
    previous: 'Previous',
    next: 'Next',
    yesterday: 'Yesterday',
    tomorrow: 'Tomorrow',
    today: 'Today',
    agenda: 'Agenda',
    showMore: (count: number) => `+ ${count} more`,
  },
} satisfies Record<Language, object>;

export function calendarMessages<TEvent extends object>(
  eventLabel: string,
  noEventsInRange: string,
  language: Language = 'fr',
): Messages<TEvent> {
  return { ...calendarWords[language], event: eventLabel, noEventsInRange };
}

function formatsIn(locale: Locale): Formats {
  const inLocale = (date: Date, pattern: string) => format(date, pattern, { locale });
  return {
    dayFormat: (date) => inLocale(date, 'EEE d'),
    weekdayFormat: (date) => inLocale(date, 'EEEE'),
    dayHeaderFormat: (date) => inLocale(date, 'EEEE d MMMM yyyy'),
    monthHeaderFormat: (date) => inLocale(date, 'MMMM yyyy'),
    dayRangeHeaderFormat: ({ start, end }) =>
      `${inLocale(start, 'd MMMM')} – ${inLocale(end, 'd MMMM yyyy')}`,
    timeGutterFormat: (date) => format(date, 'HH:mm'),
    agendaDateFormat: (date) => inLocale(date, 'EEEE d MMMM'),
    agendaHeaderFormat: ({ start, end }) =>
      `${inLocale(start, 'd MMMM')} – ${inLocale(end, 'd MMMM yyyy')}`,
  };
}

const formatsByLanguage: Record<Language, Formats> = {
  fr: formatsIn(frLocale),
  en: formatsIn(enGB),
};

/** The French formats (kept for the calendars not yet given a language). */
export const calendarFormats: Formats = formatsByLanguage.fr;

/** Day, week and agenda headings in the person's language (month names lowercase in French). */
export function calendarFormatsFor(language: Language): Formats {
  return formatsByLanguage[language];
}

/** Days the agenda view lists at once: a week, as the week view. */
export const agendaLength = 7;

/** A calendar cell's date as the site's `YYYY-MM-DD` (cells are wall-clock dates). */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The table roles react-big-calendar puts on its divs, without the structure they require. */
const brokenGridRoles = new Set(['table', 'row', 'rowgroup', 'cell', 'columnheader']);

/**
 * react-big-calendar marks its month and week grids with `role="table"`, `row`, `rowgroup`,
 * `cell` and `columnheader` on divs nested in ways ARIA forbids (a row of event buttons, a
 * rowgroup outside any table, column headers outside any row): screen readers announce a table
 * that is not there. Those roles (and the English « Month View » name that comes with them) are
 * removed, so the grid reads as what it is: day headings and event buttons, in order. Native
 * tables (the agenda) keep their semantics. Returns how many roles were removed.
 */
export function repairCalendarRoles(root: ParentNode): number {
  let repaired = 0;
  root.querySelectorAll<HTMLElement>('[role]').forEach((element) => {
    const role = element.getAttribute('role');
    if (!role || !brokenGridRoles.has(role)) return;
    element.removeAttribute('role');
    // Attributes that only the removed roles allow.
    element.removeAttribute('aria-sort');
    if (element.classList.contains('rbc-month-view')) element.removeAttribute('aria-label');
    repaired += 1;
  });
  // The week and day views scroll their hours in a box: the keyboard must reach it too, even
  // when no event inside it can take the focus.
  root.querySelectorAll<HTMLElement>('.rbc-time-content:not([tabindex])').forEach((element) => {
    element.tabIndex = 0;
  });
  return repaired;
}
