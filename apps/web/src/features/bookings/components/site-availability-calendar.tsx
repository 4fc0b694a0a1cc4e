import type { Slot } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { addDays, endOfMonth, endOfWeek, startOfMonth, startOfWeek } from 'date-fns';
import { useMemo, useState } from 'react';
import { Calendar, type View } from 'react-big-calendar';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import { makeAgendaEvent } from '../../../components/agenda-event';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useCalendarRoleRepair } from '../../../hooks/use-calendar-role-repair';
import { useLanguage } from '../../../i18n/language';
import { smallScreenQuery, useMediaQuery } from '../../../hooks/use-media-query';
import {
  agendaLength,
  calendarCulture,
  calendarFormatsFor,
  calendarLocalizer,
  calendarMessages,
  toIsoDate,
} from '../../../lib/big-calendar';
import { useAvailabilitySummary } from '../../sites/hooks/use-availability-summary';
import { bookingsMessages } from '../bookings.messages';
import { toSlotEvents, type SlotEvent } from '../calendar-slot-events';

// Wide screens: the week and month grids; phones and tablets: a list of days (agenda).
const wideViews: View[] = ['day', 'week', 'month', 'agenda'];
const smallViews: View[] = ['agenda', 'day'];
const isPickable = (event: SlotEvent) => event.state === 'free' || event.state === 'full';
const components = { agenda: { event: makeAgendaEvent<SlotEvent>(isPickable) } };
const firstHour = new Date(1970, 0, 1, 7, 0);
const lastHour = new Date(1970, 0, 1, 23, 59);
const morning = new Date(1970, 0, 1, 8, 0);

type SiteAvailabilityCalendarProps = {
  siteId: string;
  date: string;
  today: string;
  /** A free slot was chosen: the page continues the booking for that day and slot. */
  onPickSlot: (date: string, slot: Slot) => void;
  onChangeDate: (date: string) => void;
};

/** A site's free desks per slot in day, week and month views; choosing a free slot books. */
export function SiteAvailabilityCalendar({
  siteId,
  date,
  today,
  onPickSlot,
  onChangeDate,
}: SiteAvailabilityCalendarProps) {
  const containerRef = useCalendarRoleRepair();
  const language = useLanguage();
  const { calendars } = bookingsMessages[language];
  const messages = useMemo(
    () => calendarMessages<SlotEvent>(calendars.slotEvent, calendars.noOpening, language),
    [calendars, language],
  );
  const isSmallScreen = useMediaQuery(smallScreenQuery);
  const views = isSmallScreen ? smallViews : wideViews;
  const [chosenView, setView] = useState<View | undefined>(undefined);
  const view: View =
    chosenView && views.includes(chosenView) ? chosenView : isSmallScreen ? 'agenda' : 'week';
  const focused = new Date(`${date}T12:00:00`);
  const range = visibleRange(view, focused);
  const from = range.from < today ? today : range.from;
  const summaryQuery = useAvailabilitySummary(siteId, from, range.to < from ? from : range.to);
  const events = useMemo(
    () => (summaryQuery.data ? toSlotEvents(summaryQuery.data, language) : []),
    [summaryQuery.data, language],
  );

  if (summaryQuery.isError) {
    return <ErrorState error={summaryQuery.error} onRetry={() => void summaryQuery.refetch()} />;
  }
  return (
    <div className="admz-calendar" ref={containerRef} aria-busy={summaryQuery.isFetching}>
      <p className={fr.cx('fr-text--sm')}>{calendars.siteHint}</p>
      {summaryQuery.isPending ? (
        <LoadingState label={calendars.loading} />
      ) : (
        <Calendar<SlotEvent>
          localizer={calendarLocalizer}
          culture={calendarCulture(language)}
          messages={messages}
          formats={calendarFormatsFor(language)}
          events={events}
          views={views}
          view={view}
          onView={setView}
          date={focused}
          onNavigate={(next) => onChangeDate(toIsoDate(next) < today ? today : toIsoDate(next))}
          min={firstHour}
          max={lastHour}
          scrollToTime={morning}
          length={agendaLength}
          components={components}
          popup
          style={view === 'agenda' ? undefined : { height: 680 }}
          tooltipAccessor={(event) => event.title}
          eventPropGetter={(event) => ({
            className: `admz-slot-event admz-slot-event--${event.state}`,
          })}
          onSelectEvent={(event) => {
            if (isPickable(event)) onPickSlot(event.date, event.slot);
          }}
        />
      )}
    </div>
  );
}

function visibleRange(view: View, focused: Date): { from: string; to: string } {
  if (view === 'day') return { from: toIsoDate(focused), to: toIsoDate(focused) };
  if (view === 'agenda') {
    return { from: toIsoDate(focused), to: toIsoDate(addDays(focused, agendaLength - 1)) };
  }
  if (view === 'week') {
    return {
      from: toIsoDate(startOfWeek(focused, { weekStartsOn: 1 })),
      to: toIsoDate(endOfWeek(focused, { weekStartsOn: 1 })),
    };
  }
  return {
    from: toIsoDate(startOfWeek(startOfMonth(focused), { weekStartsOn: 1 })),
    to: toIsoDate(endOfWeek(endOfMonth(focused), { weekStartsOn: 1 })),
  };
}
