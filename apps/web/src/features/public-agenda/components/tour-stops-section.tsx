import { formatFrenchDate, type PublicAgendaSite } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import type { TourStop } from '../group-events-by-day';

/** « le mardi 13 avril 2027 » or « du mardi 13 au mercredi 14 avril 2027 ». */
export function describeTourDates(site: Pick<PublicAgendaSite, 'startsOn' | 'endsOn'>): string {
  if (!site.startsOn || !site.endsOn) return '';
  if (site.startsOn === site.endsOn) return `le ${formatFrenchDate(site.startsOn)}`;
  return `du ${formatFrenchDate(site.startsOn)} au ${formatFrenchDate(site.endsOn)}`;
}

/** « Où passe AdmZ prochainement » : the tour stops to come, where and when, and their events. */
export function TourStopsSection({ stops }: { stops: TourStop[] }) {
  return (
    <section aria-labelledby="tour-stops-title" className={fr.cx('fr-mt-6w')}>
      <h2 id="tour-stops-title" className={fr.cx('fr-h3')}>
        Où passe AdmZ prochainement
      </h2>
      {stops.length === 0 ? (
        <p>Aucune étape de la tournée n’est annoncée pour l’instant.</p>
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
                {describeTourDates(site)}
              </p>
              {events.length === 0 ? (
                <p className={fr.cx('fr-text--sm')}>Pas encore d’événement public à cette étape.</p>
              ) : (
                <ul>
                  {events.map((event) => (
                    <li key={event.id}>
                      <a href={`#evenement-${event.id}`}>{event.title}</a> —{' '}
                      {formatFrenchDate(event.date)}, {event.startTime} – {event.endTime}
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
