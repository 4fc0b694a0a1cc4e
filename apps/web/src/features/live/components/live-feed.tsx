import { fr } from '@codegouvfr/react-dsfr';
import { describeAttendance, type AttendanceEvent } from '../live-events';

type LiveFeedProps = { feed: AttendanceEvent[]; timezone: string; labelledBy: string };

/** Arrivals and departures as they happen; a log region reads each new line once. */
export function LiveFeed({ feed, timezone, labelledBy }: LiveFeedProps) {
  return (
    <div role="log" aria-labelledby={labelledBy} className="admz-live-feed">
      {feed.length === 0 ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          Aucune arrivée ni aucun départ depuis l’ouverture de cette page.
        </p>
      ) : (
        <ul className="admz-plain-list">
          {feed.map((event) => (
            <li key={`${event.bookingId}-${event.change}-${event.at}`}>
              {describeAttendance(event, timezone)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
