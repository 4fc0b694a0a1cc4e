import { useLocation, useParams } from 'react-router';
import { EventDetails } from '../features/events/components/event-details';
import { useDocumentTitle } from '../hooks/use-document-title';

export function EventRoute() {
  useDocumentTitle('Événement');
  const { eventId = '' } = useParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return <EventDetails key={eventId} eventId={eventId} notice={notice} />;
}
