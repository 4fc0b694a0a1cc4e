import { publicAgendaPath } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { usePublicAgenda } from '../hooks/use-public-agenda';
import { publicAgendaMessages } from '../public-agenda.messages';

/** How many events the embedded agenda lists. */
const shownInEmbed = 5;

/**
 * The compact agenda another site frames: the next events, each opening the public agenda in a
 * new tab (a frame is no place to log in).
 */
export function EmbeddedAgenda({ siteId }: { siteId: string | null }) {
  const query = usePublicAgenda(siteId);
  const texts = useMessages(publicAgendaMessages).embedded;
  const format = useFormat();
  const agendaUrl = `${window.location.origin}${publicAgendaPath}${siteId ? `?site=${encodeURIComponent(siteId)}` : ''}`;
  const siteName = query.data?.sites.find((site) => site.id === siteId)?.name;
  return (
    <main className={fr.cx('fr-p-2w')}>
      <h1 className={fr.cx('fr-h5', 'fr-mb-2w')}>{texts.title(siteName)}</h1>
      {query.isPending && <p>{texts.loading}</p>}
      {query.isError && <p>{query.error.message}</p>}
      {query.isSuccess && query.data.events.length === 0 && <p>{texts.empty}</p>}
      {query.isSuccess && query.data.events.length > 0 && (
        <ul className="admz-event-list">
          {query.data.events.slice(0, shownInEmbed).map((event) => (
            <li key={event.id} className="admz-event-summary">
              <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
                {format.date(event.date)}, {event.startTime} – {event.endTime}
                {siteId ? '' : ` · ${event.siteName}`}
              </p>
              <a
                className={fr.cx('fr-link')}
                href={`${agendaUrl}#evenement-${event.id}`}
                target="_blank"
                rel="noopener"
                title={texts.newWindow(event.title)}
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
        title={texts.wholeAgendaTitle}
      >
        {texts.wholeAgenda}
      </a>
    </main>
  );
}
