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
