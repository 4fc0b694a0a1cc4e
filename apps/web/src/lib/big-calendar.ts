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
};

/** A calendar cell's date as the site's `YYYY-MM-DD` (cells are wall-clock dates). */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
