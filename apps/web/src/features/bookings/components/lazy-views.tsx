import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingState } from '../../../components/loading-state';
import { useMessages } from '../../../i18n/language';
import { bookingsMessages } from '../bookings.messages';

// The calendars (react-big-calendar, its date localizer, date-fns: ~55 kB gzipped) and the floor
// plan load when one is shown, not with the page that offers it: the booking page opens on its
// list of desks.
const SiteAvailabilityCalendarCode = lazy(async () => ({
  default: (await import('./site-availability-calendar')).SiteAvailabilityCalendar,
}));
const MyBookingsCalendarCode = lazy(async () => ({
  default: (await import('./my-bookings-calendar')).MyBookingsCalendar,
}));

const FloorPlanBookingViewCode = lazy(async () => ({
  default: (await import('../../floor-plans/components/floor-plan-booking-view'))
    .FloorPlanBookingView,
}));

function LoadingCalendar() {
  const { calendars } = useMessages(bookingsMessages);
  return <LoadingState label={calendars.loading} />;
}

function LoadingPlans() {
  const { calendars } = useMessages(bookingsMessages);
  return <LoadingState label={calendars.loadingPlans} />;
}

// The forms below the list of desks (several days, by the hour, the waiting list) are not what
// the page opens on: they load just after it, and show once loaded.
const BookSeveralDaysFormCode = lazy(async () => ({
  default: (await import('../../booking-series/components/book-several-days-form'))
    .BookSeveralDaysForm,
}));
const HourlyBookingFormCode = lazy(async () => ({
  default: (await import('../../hourly-booking/components/hourly-booking-form')).HourlyBookingForm,
}));
const JoinWaitlistPanelCode = lazy(async () => ({
  default: (await import('../../waitlist/components/join-waitlist-panel')).JoinWaitlistPanel,
}));

/** The site's availability calendar, its code loaded when it is first shown. */
export function LazySiteAvailabilityCalendar(
  props: ComponentProps<typeof SiteAvailabilityCalendarCode>,
) {
  return (
    <Suspense fallback={<LoadingCalendar />}>
      <SiteAvailabilityCalendarCode {...props} />
    </Suspense>
  );
}

/** The person's bookings calendar, its code loaded when it is first shown. */
export function LazyMyBookingsCalendar(props: ComponentProps<typeof MyBookingsCalendarCode>) {
  return (
    <Suspense fallback={<LoadingCalendar />}>
      <MyBookingsCalendarCode {...props} />
    </Suspense>
  );
}

/** The zone's floor plan to book from, its code loaded when it is first shown. */
export function LazyFloorPlanBookingView(props: ComponentProps<typeof FloorPlanBookingViewCode>) {
  return (
    <Suspense fallback={<LoadingPlans />}>
      <FloorPlanBookingViewCode {...props} />
    </Suspense>
  );
}

/** « Réserver plusieurs jours », its code loaded after the page. */
export function LazyBookSeveralDaysForm(props: ComponentProps<typeof BookSeveralDaysFormCode>) {
  return (
    <Suspense fallback={null}>
      <BookSeveralDaysFormCode {...props} />
    </Suspense>
  );
}

/** The booking by the hour, its code loaded after the page. */
export function LazyHourlyBookingForm(props: ComponentProps<typeof HourlyBookingFormCode>) {
  return (
    <Suspense fallback={null}>
      <HourlyBookingFormCode {...props} />
    </Suspense>
  );
}

/** The waiting list of a full slot, its code loaded after the page. */
export function LazyJoinWaitlistPanel(props: ComponentProps<typeof JoinWaitlistPanelCode>) {
  return (
    <Suspense fallback={null}>
      <JoinWaitlistPanelCode {...props} />
    </Suspense>
  );
}
