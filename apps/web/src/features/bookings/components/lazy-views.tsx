import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingState } from '../../../components/loading-state';

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

const loadingCalendar = <LoadingState label="Chargement du calendrier…" />;

/** The site's availability calendar, its code loaded when it is first shown. */
export function LazySiteAvailabilityCalendar(
  props: ComponentProps<typeof SiteAvailabilityCalendarCode>,
) {
  return (
    <Suspense fallback={loadingCalendar}>
      <SiteAvailabilityCalendarCode {...props} />
    </Suspense>
  );
}

/** The person's bookings calendar, its code loaded when it is first shown. */
export function LazyMyBookingsCalendar(props: ComponentProps<typeof MyBookingsCalendarCode>) {
  return (
    <Suspense fallback={loadingCalendar}>
      <MyBookingsCalendarCode {...props} />
    </Suspense>
  );
}

/** The zone's floor plan to book from, its code loaded when it is first shown. */
export function LazyFloorPlanBookingView(props: ComponentProps<typeof FloorPlanBookingViewCode>) {
  return (
    <Suspense fallback={<LoadingState label="Chargement des plans…" />}>
      <FloorPlanBookingViewCode {...props} />
    </Suspense>
  );
}
