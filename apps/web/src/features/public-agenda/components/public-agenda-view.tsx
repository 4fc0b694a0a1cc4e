import { formatFrenchDate, type PublicAgenda } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/hooks/use-me';
import { groupEventsByDay, listTourStops } from '../group-events-by-day';
import { usePublicAgenda } from '../hooks/use-public-agenda';
import { buildEmbedSnippet, buildPublicFeedUrl } from '../public-agenda.api';
import { CopyableField } from './copyable-field';
import { PublicEventItem } from './public-event-item';
import { TourStopsSection } from './tour-stops-section';

/** The public agenda: the events by day (of one site with `?site=`), the tour, the feeds, the embed. */
export function PublicAgendaView() {
  const query = usePublicAgenda(null);
  if (query.isPending) return <LoadingState label="Chargement de l’agenda…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <AgendaContent agenda={query.data} />;
}

function AgendaContent({ agenda }: { agenda: PublicAgenda }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const meQuery = useMe();
  const isLoggedIn = Boolean(meQuery.data);
  const requested = searchParams.get('site');
  const site = agenda.sites.find((candidate) => candidate.id === requested) ?? null;
  const events = site ? agenda.events.filter((event) => event.siteId === site.id) : agenda.events;
  const days = groupEventsByDay(events);
  const origin = window.location.origin;

  function chooseSite(siteId: string) {
    const next = new URLSearchParams(searchParams);
    if (siteId) next.set('site', siteId);
    else next.delete('site');
    setSearchParams(next, { replace: true });
  }

  return (
    <>
      <Select
        label="Tiers-lieu"
        className={fr.cx('fr-mb-4w')}
        nativeSelectProps={{
          value: site?.id ?? '',
          onChange: (changeEvent) => chooseSite(changeEvent.currentTarget.value),
        }}
      >
        <option value="">Tous les tiers-lieux</option>
        {agenda.sites.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </Select>

      <section aria-labelledby="public-events-title">
        <h2 id="public-events-title" className={fr.cx('fr-h3')}>
          Prochains événements{site ? ` à ${site.name}` : ''}
        </h2>
        {days.length === 0 ? (
          <EmptyState title="Aucun événement public annoncé pour l’instant.">
            <p className={fr.cx('fr-mb-0')}>
              Revenez bientôt, ou abonnez-vous à l’agenda ci-dessous.
            </p>
          </EmptyState>
        ) : (
          days.map((day) => (
            <div key={day.date}>
              <h3 className={fr.cx('fr-h5', 'fr-mt-4w', 'fr-mb-1w')}>
                {capitalize(formatFrenchDate(day.date))}
              </h3>
              <ul className="admz-event-list">
                {day.events.map((event) => (
                  <PublicEventItem key={event.id} event={event} isLoggedIn={isLoggedIn} />
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <TourStopsSection stops={listTourStops(agenda.sites, agenda.events)} />

      <section aria-labelledby="public-feeds-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="public-feeds-title" className={fr.cx('fr-h3')}>
          S’abonner à l’agenda
        </h2>
        <p>
          Ces adresses iCal se collent dans « Ajouter un agenda depuis Internet » d’Outlook, de
          Thunderbird ou d’un téléphone : les événements publics s’y ajoutent et s’y mettent à jour
          tout seuls.
        </p>
        <CopyableField
          label="Agenda de tout le réseau AdmZ (iCal)"
          hint="Tous les événements publics de tous les tiers-lieux."
          value={buildPublicFeedUrl(origin, null)}
          copyLabel="Copier l’adresse du réseau"
        />
        {site && (
          <CopyableField
            label={`Agenda de ${site.name} (iCal)`}
            hint="Les événements publics de ce tiers-lieu seulement."
            value={buildPublicFeedUrl(origin, site.id)}
            copyLabel={`Copier l’adresse de ${site.name}`}
          />
        )}
        {!site && (
          <p className={fr.cx('fr-text--sm')}>
            Choisissez un tiers-lieu ci-dessus pour l’adresse de son seul agenda.
          </p>
        )}
      </section>

      <section aria-labelledby="embed-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="embed-title" className={fr.cx('fr-h3')}>
          Afficher l’agenda sur votre site
        </h2>
        <p>
          Copiez ce code dans une page de votre site : il affiche les prochains événements
          {site ? ` de ${site.name}` : ' du réseau'}, et chaque lien ouvre cet agenda dans un nouvel
          onglet.
        </p>
        <CopyableField
          label="Code d’intégration (iframe)"
          hint="À coller dans le code HTML de votre page."
          value={buildEmbedSnippet(origin, site?.id ?? null)}
          copyLabel="Copier le code d’intégration"
        />
      </section>
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
