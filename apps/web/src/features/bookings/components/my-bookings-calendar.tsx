import { bookingStatusLabels, slotLabels, type Booking } from '@admz/shared';
import { format, getDay, parse, startOfWeek } from 'date-fns';
import { fr as frLocale } from 'date-fns/locale';
import { useMemo } from 'react';
import {
  Calendar,
  dateFnsLocalizer,
  type Formats,
  type Messages,
  type View,
} from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useNavigate } from 'react-router';
import { toWallClockDate } from '../../../lib/date-time';
import { canShowPass } from '../sort-bookings';

type BookingEvent = { title: string; start: Date; end: Date; booking: Booking };

const localizer = dateFnsLocalizer({
  format,
  parse,
  startOfWeek,
  getDay,
  locales: { fr: frLocale },
});

const messages: Messages<BookingEvent> = {
  date: 'Date',
  time: 'Heure',
  event: 'Réservation',
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
  noEventsInRange: 'Aucune réservation sur cette période.',
  showMore: (count) => `+ ${count} de plus`,
};

const formats: Formats = {
  dayFormat: (date) => format(date, 'EEE d', { locale: frLocale }),
  dayRangeHeaderFormat: ({ start, end }) =>
    `${format(start, 'd MMMM', { locale: frLocale })} – ${format(end, 'd MMMM yyyy', { locale: frLocale })}`,
  timeGutterFormat: (date) => format(date, 'HH:mm'),
};

const views: View[] = ['week', 'month'];
// The calendar shows working hours only: slots live inside opening hours.
const firstHour = new Date(1970, 0, 1, 7, 0);
const lastHour = new Date(1970, 0, 1, 21, 0);

type MyBookingsCalendarProps = { bookings: Booking[]; defaultDate: Date };

export function MyBookingsCalendar({ bookings, defaultDate }: MyBookingsCalendarProps) {
  const navigate = useNavigate();
  const events = useMemo<BookingEvent[]>(
    () =>
      bookings
        .filter((booking) => booking.status !== 'cancelled')
        .map((booking) => ({
          title: `${slotLabels[booking.slot]} · poste ${booking.desk.label} · ${booking.site.name} (${bookingStatusLabels[booking.status]})`,
          start: toWallClockDate(booking.startsAt, booking.site.timezone),
          end: toWallClockDate(booking.endsAt, booking.site.timezone),
          booking,
        })),
    [bookings],
  );

  return (
    <div className="admz-calendar">
      <Calendar<BookingEvent>
        localizer={localizer}
        culture="fr"
        messages={messages}
        formats={formats}
        events={events}
        views={views}
        defaultView="week"
        defaultDate={defaultDate}
        min={firstHour}
        max={lastHour}
        popup
        style={{ height: 640 }}
        eventPropGetter={(event) => ({
          className: `admz-calendar-event admz-calendar-event--${event.booking.status}`,
        })}
        onSelectEvent={(event) => {
          if (canShowPass(event.booking)) navigate(`/reservations/${event.booking.id}/qr`);
        }}
      />
    </div>
  );
}
