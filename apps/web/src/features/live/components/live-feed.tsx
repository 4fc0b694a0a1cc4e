import { fr } from '@codegouvfr/react-dsfr';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeAttendance, type AttendanceEvent } from '../live-events';
import { liveMessages } from '../live.messages';

type LiveFeedProps = { feed: AttendanceEvent[]; timezone: string; labelledBy: string };

/** Arrivals and departures as they happen; a log region reads each new line once. */
export function LiveFeed({ feed, timezone, labelledBy }: LiveFeedProps) {
  const language = useLanguage();
  const texts = useMessages(liveMessages).feed;
  return (
    <div role="log" aria-labelledby={labelledBy} className="admz-live-feed">
      {feed.length === 0 ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{texts.empty}</p>
      ) : (
        <ul className="admz-plain-list">
          {feed.map((event) => (
            <li key={`${event.bookingId}-${event.change}-${event.at}`}>
              {describeAttendance(event, timezone, language)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
