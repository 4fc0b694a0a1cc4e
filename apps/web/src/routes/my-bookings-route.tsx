import { MyBookingsView } from '../features/bookings/components/my-bookings-view';
import { CalendarFeedPanel } from '../features/calendar-feeds/components/calendar-feed-panel';
import { useDocumentTitle } from '../hooks/use-document-title';

export function MyBookingsRoute() {
  useDocumentTitle('Mes réservations');
  return (
    <>
      <h1>Mes réservations</h1>
      <MyBookingsView />
      <CalendarFeedPanel />
    </>
  );
}
