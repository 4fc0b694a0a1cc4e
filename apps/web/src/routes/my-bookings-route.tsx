import { myBookingsMessages } from '../features/bookings/my-bookings.messages';
import { MyBookingsView } from '../features/bookings/components/my-bookings-view';
import { CalendarFeedPanel } from '../features/calendar-feeds/components/calendar-feed-panel';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';

export function MyBookingsRoute() {
  const { myBookingsPage } = useMessages(myBookingsMessages);
  useDocumentTitle(myBookingsPage.title);
  return (
    <>
      <h1>{myBookingsPage.title}</h1>
      <MyBookingsView />
      <CalendarFeedPanel />
    </>
  );
}
