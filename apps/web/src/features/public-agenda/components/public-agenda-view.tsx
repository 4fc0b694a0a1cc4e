import type { PublicAgenda } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useMe } from '../../auth/hooks/use-me';
import { groupEventsByDay, listTourStops } from '../group-events-by-day';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { usePublicAgenda } from '../hooks/use-public-agenda';
import { publicAgendaMessages } from '../public-agenda.messages';
import { buildEmbedSnippet, buildPublicFeedUrl } from '../public-agenda.api';
import { CopyableField } from './copyable-field';
import { PublicEventItem } from './public-event-item';
import { TourStopsSection } from './tour-stops-section';

/** The public agenda: the events by day (of one site with `?site=`), the tour, the feeds, the embed. */
export function PublicAgendaView() {
  const query = usePublicAgenda(null);
  const texts = useMessages(publicAgendaMessages).agenda;
  if (query.isPending) return <LoadingState label={texts.loading} />;
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
  const texts = useMessages(publicAgendaMessages).agenda;
  const format = useFormat();

  function chooseSite(siteId: string) {
    const next = new URLSearchParams(searchParams);
    if (siteId) next.set('site', siteId);
    else next.delete('site');
    setSearchParams(next, { replace: true });
  }

  return (
    <>
      <Select
        label={texts.site}
        className={fr.cx('fr-mb-4w')}
        nativeSelectProps={{
          value: site?.id ?? '',
          onChange: (changeEvent) => chooseSite(changeEvent.currentTarget.value),
        }}
      >
        <option value="">{texts.allSites}</option>
        {agenda.sites.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </Select>

      <section aria-labelledby="public-events-title">
        <h2 id="public-events-title" className={fr.cx('fr-h3')}>
          {texts.upcoming(site?.name ?? null)}
        </h2>
        {days.length === 0 ? (
          <EmptyState title={texts.empty}>
            <p className={fr.cx('fr-mb-0')}>{texts.emptyHint}</p>
          </EmptyState>
        ) : (
          days.map((day) => (
            <div key={day.date}>
              <h3 className={fr.cx('fr-h5', 'fr-mt-4w', 'fr-mb-1w')}>
                {capitalize(format.date(day.date))}
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
          {texts.feedsTitle}
        </h2>
        <p>{texts.feedsIntro}</p>
        <CopyableField
          label={texts.networkFeed}
          hint={texts.networkFeedHint}
          value={buildPublicFeedUrl(origin, null)}
          copyLabel={texts.copyNetworkFeed}
        />
        {site && (
          <CopyableField
            label={texts.siteFeed(site.name)}
            hint={texts.siteFeedHint}
            value={buildPublicFeedUrl(origin, site.id)}
            copyLabel={texts.copySiteFeed(site.name)}
          />
        )}
        {!site && <p className={fr.cx('fr-text--sm')}>{texts.chooseSite}</p>}
      </section>

      <section aria-labelledby="embed-title" className={fr.cx('fr-mt-6w')}>
        <h2 id="embed-title" className={fr.cx('fr-h3')}>
          {texts.embedTitle}
        </h2>
        <p>{texts.embedIntro(site?.name ?? null)}</p>
        <CopyableField
          label={texts.embedCode}
          hint={texts.embedHint}
          value={buildEmbedSnippet(origin, site?.id ?? null, texts.embedFrameTitle)}
          copyLabel={texts.copyEmbed}
        />
      </section>
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
