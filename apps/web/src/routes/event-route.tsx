import { useLocation, useParams } from 'react-router';
import { EventDetails } from '../features/events/components/event-details';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useMessages } from '../i18n/language';
import { eventsMessages } from '../features/events/events.messages';

export function EventRoute() {
  useDocumentTitle(useMessages(eventsMessages).routes.event.title);
  const { eventId = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return <EventDetails key={eventId} eventId={eventId} notice={notice} />;
}
