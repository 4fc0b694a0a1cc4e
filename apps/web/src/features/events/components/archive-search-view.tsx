import {
  archiveSearchQuerySchema,
  eventTypes,
  snippetMarkEnd,
  snippetMarkStart,
  type ArchivedEvent,
  type ArchiveSearchQuery,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { FilterSelect } from '../../../components/filter-select';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useSites } from '../../sites/hooks/use-sites';
import { useEventLabels } from '../../../i18n/event-labels.messages';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { eventsMessages } from '../events.messages';
import { useArchiveSearch } from '../hooks/use-events';

/** The address's parameter of each filter (the page's address can be shared or reloaded). */
const parameterOf = {
  q: 'q',
  theme: 'theme',
  siteId: 'site',
  type: 'type',
  administration: 'administration',
  page: 'page',
} as const satisfies Record<keyof ArchiveSearchQuery, string>;
const filterNames = ['q', 'theme', 'siteId', 'type', 'administration', 'page'] as const;

/** The query the address describes; a value the API would refuse is left out. */
function queryFromAddress(searchParams: URLSearchParams): ArchiveSearchQuery {
  const fields = archiveSearchQuerySchema.shape;
  const read = (name: keyof ArchiveSearchQuery) => searchParams.get(parameterOf[name]) ?? '';
  return {
    q: fields.q.safeParse(read('q')).data,
    theme: fields.theme.safeParse(read('theme')).data,
    siteId: fields.siteId.safeParse(read('siteId')).data,
    type: fields.type.safeParse(read('type')).data,
    administration: fields.administration.safeParse(read('administration')).data,
    page: fields.page.safeParse(read('page')).data,
  };
}

/**
 * « Archives des événements »: past events searched in French (« développeurs » finds
 * « développeur »), filtered by theme, site, type and administration; filters in the address.
 */
export function ArchiveSearchView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromAddress(searchParams);
  const [words, setWords] = useState(query.q ?? '');
  const sitesQuery = useSites();
  const resultQuery = useArchiveSearch(query);
  const result = resultQuery.data;
  const page = query.page ?? 1;
  const { archiveSearch: texts, common } = useMessages(eventsMessages);
  const labels = useEventLabels();

  function setFilters(changes: Partial<Record<keyof ArchiveSearchQuery, string>>) {
    const next = new URLSearchParams(searchParams);
    for (const name of filterNames) {
      if (!(name in changes)) continue;
      const value = changes[name];
      if (value) next.set(parameterOf[name], value);
      else next.delete(parameterOf[name]);
    }
    // Another search starts at its first page.
    if (!('page' in changes)) next.delete(parameterOf.page);
    setSearchParams(next, { replace: true });
  }

  function submitWords(event: FormEvent) {
    event.preventDefault();
    setFilters({ q: words.trim() });
  }

  const hasFilters = Object.values(query).some((value) => value !== undefined);
  const pageCount = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <>
      <form role="search" onSubmit={submitWords} className={fr.cx('fr-mb-3w')}>
        <div className="admz-archive-search">
          <Input
            label={texts.searchLabel}
            hintText={texts.searchHint}
            nativeInputProps={{
              type: 'search',
              name: 'q',
              value: words,
              maxLength: 200,
              onChange: (change) => setWords(change.target.value),
            }}
          />
          <Button type="submit" iconId="fr-icon-search-line">
            {texts.search}
          </Button>
        </div>
      </form>
      <form
        aria-label={texts.filtersLabel}
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label={texts.theme}
          name="theme"
          value={query.theme ?? ''}
          onChange={(theme) => setFilters({ theme })}
          anyLabel={texts.allThemes}
          options={[
            // A theme from the address that no past event carries any more stays shown.
            ...(query.theme && !result?.themes.includes(query.theme) ? [query.theme] : []),
            ...(result?.themes ?? []),
          ].map((theme) => ({ value: theme, label: theme }))}
          columnClass="fr-col-md-3"
        />
        <FilterSelect
          label={common.site}
          name="site"
          value={query.siteId ?? ''}
          onChange={(siteId) => setFilters({ siteId })}
          anyLabel={common.allSites}
          options={(sitesQuery.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          columnClass="fr-col-md-3"
        />
        <FilterSelect
          label={texts.type}
          name="type"
          value={query.type ?? ''}
          onChange={(type) => setFilters({ type })}
          anyLabel={texts.allTypes}
          options={eventTypes.map((type) => ({ value: type, label: labels.eventType[type] }))}
          columnClass="fr-col-md-3"
        />
        <FilterSelect
          label={texts.administration}
          name="administration"
          value={query.administration ?? ''}
          onChange={(administration) => setFilters({ administration })}
          anyLabel={texts.allAdministrations}
          options={(result?.administrations ?? []).map((administration) => ({
            value: administration.key,
            label: administration.label,
          }))}
          columnClass="fr-col-md-3"
        />
      </form>

      {resultQuery.isPending && <LoadingState label={texts.searching} />}
      {resultQuery.isError && (
        <ErrorState error={resultQuery.error} onRetry={() => void resultQuery.refetch()} />
      )}
      {result && (
        <section aria-labelledby="archive-results-title" aria-busy={resultQuery.isFetching}>
          <h2 id="archive-results-title" className={fr.cx('fr-h5')} aria-live="polite">
            {result.total === 0 ? texts.noneFound : texts.found(result.total)}
            {result.total > result.pageSize ? texts.pageOf(page, pageCount) : ''}
          </h2>
          {result.total === 0 ? (
            <EmptyState
              title={hasFilters ? texts.noMatch : texts.noneYet}
              action={
                hasFilters && (
                  <Button
                    priority="secondary"
                    onClick={() => {
                      setWords('');
                      setSearchParams(new URLSearchParams(), { replace: true });
                    }}
                  >
                    {texts.clear}
                  </Button>
                )
              }
            >
              <p className={fr.cx('fr-mb-0')}>{texts.tryOther}</p>
            </EmptyState>
          ) : (
            <ul className="admz-event-list">
              {result.items.map((item) => (
                <ArchivedEventItem key={item.id} item={item} />
              ))}
            </ul>
          )}
          {pageCount > 1 && (
            <nav aria-label={texts.pagesLabel} className="admz-archive-pages">
              <Button
                priority="secondary"
                iconId="fr-icon-arrow-left-line"
                disabled={page <= 1}
                onClick={() => setFilters({ page: String(page - 1) })}
              >
                {texts.previous}
              </Button>
              <Button
                priority="secondary"
                iconId="fr-icon-arrow-right-line"
                iconPosition="right"
                disabled={page >= pageCount}
                onClick={() => setFilters({ page: String(page + 1) })}
              >
                {texts.next}
              </Button>
            </nav>
          )}
        </section>
      )}
    </>
  );
}

function ArchivedEventItem({ item }: { item: ArchivedEvent }) {
  const { archiveSearch: texts, common } = useMessages(eventsMessages);
  const labels = useEventLabels();
  const format = useFormat();
  return (
    <li className="admz-event-summary">
      <h3 className={fr.cx('fr-h6', 'fr-mb-1v')}>
        <Link to={`/evenements/${item.id}`}>{item.title}</Link>
      </h3>
      <p className={fr.cx('fr-mb-1v')}>
        {format.date(item.date)} — {item.siteName}
        {item.administration ? texts.organisedBy(item.administration) : ''}
      </p>
      <p className={fr.cx('fr-mb-1v', 'fr-text--sm')}>
        <Snippet text={item.snippet} />
      </p>
      <div className={fr.cx('fr-mb-1w')}>
        <Badge as="span" small noIcon className={fr.cx('fr-mr-1w')}>
          {labels.eventType[item.type]}
        </Badge>
        {item.hasMaterial ? (
          <Badge as="span" small noIcon severity="success">
            {texts.hasMaterial}
          </Badge>
        ) : (
          <Badge as="span" small noIcon>
            {texts.noMaterial}
          </Badge>
        )}
        {item.themes.length > 0 && (
          <ul className={fr.cx('fr-tags-group', 'fr-mt-1v')} aria-label={common.themes}>
            {item.themes.map((theme) => (
              <li key={theme}>
                <Tag small>{theme}</Tag>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/** The snippet's text, its searched words highlighted (the marks are control characters). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(snippetMarkStart);
  return (
    <>
      {parts.map((part, index) => {
        if (index === 0) return <span key={index}>{part}</span>;
        const [marked = '', rest = ''] = part.split(snippetMarkEnd);
        return (
          <span key={index}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
