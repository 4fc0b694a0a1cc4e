import type { PublicAgendaSite } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { formatDate, useFormat } from '../../../i18n/format';
import { useLanguage, useMessages, type Language } from '../../../i18n/language';
import type { TourStop } from '../group-events-by-day';
import { publicAgendaMessages } from '../public-agenda.messages';

/** « le mardi 13 avril 2027 » or « du mardi 13 au mercredi 14 avril 2027 ». */
export function describeTourDates(
  site: Pick<PublicAgendaSite, 'startsOn' | 'endsOn'>,
  language: Language,
): string {
  if (!site.startsOn || !site.endsOn) return '';
  const { tour } = publicAgendaMessages[language];
  if (site.startsOn === site.endsOn) return tour.onDay(formatDate(site.startsOn, language));
  return tour.fromTo(formatDate(site.startsOn, language), formatDate(site.endsOn, language));
}

/** « Où passe AdmZ prochainement » : the tour stops to come, where and when, and their events. */
export function TourStopsSection({ stops }: { stops: TourStop[] }) {
  const language = useLanguage();
  const format = useFormat();
  const { tour } = useMessages(publicAgendaMessages);
  return (
    <section aria-labelledby="tour-stops-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="tour-stops-title" className={fr.cx('fr-h3')}>
        {tour.title}
      </h2>
      {stops.length === 0 ? (
        <p>{tour.none}</p>
      ) : (
        <ul className="admz-event-list">
          {stops.map(({ site, events }) => (
            <li key={site.id} className="admz-event-summary">
              <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>{site.name}</h3>
              <p className={fr.cx('fr-mb-1v')}>
                <span className={fr.cx('fr-icon-map-pin-2-line', 'fr-mr-1v')} aria-hidden="true" />
                {site.address}
              </p>
              <p className={fr.cx('fr-mb-1v')}>
                <span className={fr.cx('fr-icon-calendar-line', 'fr-mr-1v')} aria-hidden="true" />
                {describeTourDates(site, language)}
              </p>
              {events.length === 0 ? (
                <p className={fr.cx('fr-text--sm')}>{tour.noEvents}</p>
              ) : (
                <ul>
                  {events.map((event) => (
                    <li key={event.id}>
                      <a href={`#evenement-${event.id}`}>{event.title}</a> —{' '}
                      {format.date(event.date)}, {event.startTime} – {event.endTime}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
