import { formatFrenchDate, publicAgendaPath } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { usePublicAgenda } from '../hooks/use-public-agenda';

/** How many events the embedded agenda lists. */
const shownInEmbed = 5;

/**
 * The compact agenda another site frames: the next events, each opening the public agenda in a
 * new tab (a frame is no place to log in).
 */
export function EmbeddedAgenda({ siteId }: { siteId: string | null }) {
  const query = usePublicAgenda(siteId);
  const agendaUrl = `${window.location.origin}${publicAgendaPath}${siteId ? `?site=${encodeURIComponent(siteId)}` : ''}`;
  const siteName = query.data?.sites.find((site) => site.id === siteId)?.name;
  return (
    <main className={fr.cx('fr-p-2w')}>
      <h1 className={fr.cx('fr-h5', 'fr-mb-2w')}>
        Prochains événements AdmZ{siteName ? ` — ${siteName}` : ''}
      </h1>
      {query.isPending && <p>Chargement de l’agenda…</p>}
      {query.isError && <p>{query.error.message}</p>}
      {query.isSuccess && query.data.events.length === 0 && (
        <p>Aucun événement public annoncé pour l’instant.</p>
      )}
      {query.isSuccess && query.data.events.length > 0 && (
        <ul className="admz-event-list">
          {query.data.events.slice(0, shownInEmbed).map((event) => (
            <li key={event.id} className="admz-event-summary">
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {formatFrenchDate(event.date)}, {event.startTime} – {event.endTime}
                {siteId ? '' : ` · ${event.siteName}`}
              </p>
              <a
                className={fr.cx('fr-link')}
                href={`${agendaUrl}#evenement-${event.id}`}
                target="_blank"
                rel="noopener"
                title={`${event.title} – nouvelle fenêtre`}
              >
                {event.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <a
        className={fr.cx('fr-link')}
        href={agendaUrl}
        target="_blank"
        rel="noopener"
        title="Tout l’agenda AdmZ – nouvelle fenêtre"
      >
        Tout l’agenda AdmZ
      </a>
    </main>
  );
}
