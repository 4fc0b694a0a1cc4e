import type { Booking } from '@admz/shared';
import { useMemo, useState } from 'react';
import { Calendar, type View } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { useNavigate } from 'react-router';
import { makeAgendaEvent } from '../../../components/agenda-event';
import { useCalendarRoleRepair } from '../../../hooks/use-calendar-role-repair';
import { domainLabels } from '../../../i18n/domain-labels.messages';
import { useLanguage } from '../../../i18n/language';
import { smallScreenQuery, useMediaQuery } from '../../../hooks/use-media-query';
import {
  agendaLength,
  calendarCulture,
  calendarFormatsFor,
  calendarLocalizer,
  calendarMessages,
} from '../../../lib/big-calendar';
import { toWallClockDate } from '../../../lib/date-time';
import { bookingsMessages } from '../bookings.messages';
import { canShowPass } from '../sort-bookings';

type BookingEvent = { title: string; start: Date; end: Date; booking: Booking };

// Wide screens: the week and month grids; phones and tablets: a list of days (agenda).
const wideViews: View[] = ['day', 'week', 'month', 'agenda'];
const smallViews: View[] = ['agenda', 'day'];
const components = {
  agenda: { event: makeAgendaEvent<BookingEvent>((event) => canShowPass(event.booking)) },
};
// The calendar shows working hours only: slots live inside opening hours.
const firstHour = new Date(1970, 0, 1, 7, 0);
const lastHour = new Date(1970, 0, 1, 21, 0);

type MyBookingsCalendarProps = { bookings: Booking[]; defaultDate: Date };

export function MyBookingsCalendar({ bookings, defaultDate }: MyBookingsCalendarProps) {
  const navigate = useNavigate();
  const language = useLanguage();
  const { calendars } = bookingsMessages[language];
  const messages = useMemo(
    () => calendarMessages<BookingEvent>(calendars.bookingEvent, calendars.noBookings, language),
    [calendars, language],
  );
  const containerRef = useCalendarRoleRepair();
  const isSmallScreen = useMediaQuery(smallScreenQuery);
  const views = isSmallScreen ? smallViews : wideViews;
  const [chosenView, setChosenView] = useState<View | undefined>(undefined);
  const view: View =
    chosenView && views.includes(chosenView) ? chosenView : isSmallScreen ? 'agenda' : 'week';
  const events = useMemo<BookingEvent[]>(
    () =>
      bookings
        .filter((booking) => booking.status !== 'cancelled' && booking.status !== 'absent')
        .map((booking) => ({
          title: calendars.bookingTitle(
            domainLabels[language].slot[booking.slot],
            booking.desk.label,
            booking.site.name,
            domainLabels[language].bookingStatus[booking.status],
          ),
          start: toWallClockDate(booking.startsAt, booking.site.timezone),
          end: toWallClockDate(booking.endsAt, booking.site.timezone),
          booking,
        })),
    [bookings, calendars, language],
  );

  return (
    <div className="admz-calendar" ref={containerRef}>
      <Calendar<BookingEvent>
        localizer={calendarLocalizer}
        culture={calendarCulture(language)}
        messages={messages}
        formats={calendarFormatsFor(language)}
        events={events}
        views={views}
        view={view}
        onView={setChosenView}
        length={agendaLength}
        components={components}
        defaultDate={defaultDate}
        min={firstHour}
        max={lastHour}
        popup
        style={view === 'agenda' ? undefined : { height: 640 }}
        eventPropGetter={(event) => ({
          className: `admz-calendar-event admz-calendar-event--${event.booking.status}`,
        })}
        onSelectEvent={(event) => {
          if (canShowPass(event.booking)) void navigate(`/reservations/${event.booking.id}/qr`);
        }}
      />
    </div>
  );
}
