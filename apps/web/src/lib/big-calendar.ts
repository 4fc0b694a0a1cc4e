import { format, getDay, parse, startOfWeek } from 'date-fns';
import { fr as frLocale } from 'date-fns/locale';
import { dateFnsLocalizer, type Formats, type Messages } from 'react-big-calendar';

/** react-big-calendar in French, weeks starting on Monday. */
export const calendarLocalizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek: (date: Date) => startOfWeek(date, { weekStartsOn: 1 }),
  getDay,
  locales: { fr: frLocale },
});

export function calendarMessages<TEvent extends object>(
  eventLabel: string,
  noEventsInRange: string,
): Messages<TEvent> {
  return {
    date: 'Date',
    time: 'Heure',
    event: eventLabel,
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
    noEventsInRange,
    showMore: (count) => `+ ${count} de plus`,
  };
}

export const calendarFormats: Formats = {
  dayFormat: (date) => format(date, 'EEE d', { locale: frLocale }),
  weekdayFormat: (date) => format(date, 'EEEE', { locale: frLocale }),
  dayHeaderFormat: (date) => format(date, 'EEEE d MMMM yyyy', { locale: frLocale }),
  monthHeaderFormat: (date) => format(date, 'MMMM yyyy', { locale: frLocale }),
  dayRangeHeaderFormat: ({ start, end }) =>
    `${format(start, 'd MMMM', { locale: frLocale })} – ${format(end, 'd MMMM yyyy', { locale: frLocale })}`,
  timeGutterFormat: (date) => format(date, 'HH:mm'),
  agendaDateFormat: (date) => format(date, 'EEEE d MMMM', { locale: frLocale }),
  agendaHeaderFormat: ({ start, end }) =>
    `${format(start, 'd MMMM', { locale: frLocale })} – ${format(end, 'd MMMM yyyy', { locale: frLocale })}`,
};

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
