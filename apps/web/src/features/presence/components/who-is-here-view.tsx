import {
  isoDateSchema,
  presenceSearchQuerySchema,
  siteToday,
  type AdministrationPresent,
  type PresentPerson,
  type Site,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { lastSiteStorageKey } from '../../bookings/components/book-desk-view';
import { useSites } from '../../sites/hooks/use-sites';
import { usePresenceSearch, useWhoIsHere } from '../hooks/use-presence';
import { presenceMessages } from '../presence.messages';
import { PresentPersonCard } from './present-person-card';

/** The address's parameters: the page can be shared and reloaded as it is. */
const parameters = {
  site: 'site',
  date: 'date',
  tag: 'competence',
  administration: 'administration',
} as const;

/**
 * « Qui est là ? »: the people who chose to be seen at a site on a day, the administrations
 * present, and a search by skill tag or administration at every site that day.
 */
export function WhoIsHereView() {
  const { whoIsHere: messages } = useMessages(presenceMessages);
  const sitesQuery = useSites();
  if (sitesQuery.isPending) return <LoadingState label={messages.loadingSites} />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const [firstSite] = sitesQuery.data;
  if (!firstSite) {
    return <EmptyState title={messages.noSites} />;
  }
  return <SiteDay sites={sitesQuery.data} firstSite={firstSite} />;
}

function SiteDay({ sites, firstSite }: { sites: Site[]; firstSite: Site }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { whoIsHere: messages } = useMessages(presenceMessages);
  const format = useFormat();
  const requestedSiteId =
    searchParams.get(parameters.site) ?? window.localStorage.getItem(lastSiteStorageKey);
  const site = sites.find((candidate) => candidate.id === requestedSiteId) ?? firstSite;
  const today = siteToday(site.timezone);
  const requestedDate = searchParams.get(parameters.date) ?? '';
  const date =
    isoDateSchema.safeParse(requestedDate).success && requestedDate >= today
      ? requestedDate
      : today;
  const fields = presenceSearchQuerySchema.shape;
  const tag = fields.tag.safeParse(searchParams.get(parameters.tag) ?? '').data;
  const administration = fields.administration.safeParse(
    searchParams.get(parameters.administration) ?? '',
  ).data;
  const isSearching = tag !== undefined || administration !== undefined;

  const [tagDraft, setTagDraft] = useState(tag ?? '');
  const [administrationDraft, setAdministrationDraft] = useState(administration ?? '');

  const dayQuery = useWhoIsHere(site.id, date);
  const searchQuery = usePresenceSearch({ tag, administration, date }, isSearching);

  function update(changes: Partial<Record<keyof typeof parameters, string>>) {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      const parameter = parameters[name as keyof typeof parameters];
      if (value) next.set(parameter, value);
      else next.delete(parameter);
    }
    setSearchParams(next, { replace: true });
  }

  function submitSearch(event: FormEvent) {
    event.preventDefault();
    update({ tag: tagDraft.trim(), administration: administrationDraft.trim() });
  }

  function clearSearch() {
    setTagDraft('');
    setAdministrationDraft('');
    update({ tag: '', administration: '' });
  }

  function searchAdministration(name: string) {
    setAdministrationDraft(name);
    setTagDraft('');
    update({ administration: name, tag: '' });
  }

  const dateLabel = format.date(date);
  return (
    <>
      <form
        aria-label={messages.chooseForm}
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={messages.site}
            nativeSelectProps={{
              name: 'site',
              value: site.id,
              onChange: (change) => update({ site: change.target.value }),
            }}
          >
            {sites.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Input
            label={messages.day}
            nativeInputProps={{
              type: 'date',
              name: 'date',
              value: date,
              min: today,
              onChange: (change) => update({ date: change.target.value }),
            }}
          />
        </div>
      </form>

      <section aria-labelledby="who-is-here-search-title" className={fr.cx('fr-mb-4w')}>
        <h2 id="who-is-here-search-title" className={fr.cx('fr-h4')}>
          {messages.searchTitle}
        </h2>
        <form role="search" onSubmit={submitSearch} aria-label={messages.searchTitle}>
          <div className="admz-inline-field">
            <Input
              label={messages.skill}
              hintText={messages.skillHint}
              nativeInputProps={{
                type: 'search',
                name: 'competence',
                value: tagDraft,
                maxLength: 40,
                onChange: (change) => setTagDraft(change.target.value),
              }}
            />
            <Input
              label={messages.administration}
              hintText={messages.administrationHint}
              nativeInputProps={{
                type: 'search',
                name: 'administration',
                value: administrationDraft,
                maxLength: 120,
                onChange: (change) => setAdministrationDraft(change.target.value),
              }}
            />
            <Button type="submit" iconId="fr-icon-search-line">
              {messages.search}
            </Button>
          </div>
        </form>
        {isSearching && (
          <SearchResults
            query={searchQuery}
            dateLabel={dateLabel}
            onClear={clearSearch}
            criteria={[
              tag && messages.skillCriterion(tag),
              administration && messages.administrationCriterion(administration),
            ]
              .filter(Boolean)
              .join(messages.and)}
          />
        )}
      </section>

      <section aria-labelledby="who-is-here-day-title">
        <h2 id="who-is-here-day-title" className={fr.cx('fr-h4')}>
          {messages.dayTitle(site.name, dateLabel)}
        </h2>
        {dayQuery.isPending ? (
          <LoadingState label={messages.loadingPeople} />
        ) : dayQuery.isError ? (
          <ErrorState error={dayQuery.error} onRetry={() => void dayQuery.refetch()} />
        ) : dayQuery.data.people.length === 0 ? (
          <NobodyVisible isToday={date === today} />
        ) : (
          <>
            <AdministrationsPresent
              administrations={dayQuery.data.administrations}
              onChoose={searchAdministration}
            />
            <PeopleList people={dayQuery.data.people} showsSite={false} />
          </>
        )}
      </section>
    </>
  );
}

function SearchResults({
  query,
  dateLabel,
  criteria,
  onClear,
}: {
  query: ReturnType<typeof usePresenceSearch>;
  dateLabel: string;
  criteria: string;
  onClear: () => void;
}) {
  const { whoIsHere: messages } = useMessages(presenceMessages);
  return (
    <div aria-live="polite" className={fr.cx('fr-mt-2w')}>
      {query.isPending ? (
        <LoadingState label={messages.searching} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className={fr.cx('fr-mb-2w')}>
            {query.data.people.length === 0
              ? messages.noResult(criteria, dateLabel)
              : messages.results(query.data.people.length, criteria, dateLabel)}{' '}
            <Button priority="tertiary no outline" size="small" onClick={onClear}>
              {messages.clearSearch}
            </Button>
          </p>
          <PeopleList people={query.data.people} showsSite />
        </>
      )}
    </div>
  );
}

function AdministrationsPresent({
  administrations,
  onChoose,
}: {
  administrations: AdministrationPresent[];
  onChoose: (name: string) => void;
}) {
  const { whoIsHere: messages } = useMessages(presenceMessages);
  if (administrations.length === 0) return null;
  return (
    <>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{messages.administrationsPresent}</h3>
      <ul
        className={fr.cx('fr-tags-group', 'fr-mb-2w')}
        aria-label={messages.administrationsPresent}
      >
        {administrations.map((administration) => (
          <li key={administration.name}>
            <Tag nativeButtonProps={{ onClick: () => onChoose(administration.name) }}>
              {administration.name} ({administration.count})
              <span className="fr-sr-only">
                {messages.administrationSearch(administration.count)}
              </span>
            </Tag>
          </li>
        ))}
      </ul>
    </>
  );
}

function PeopleList({ people, showsSite }: { people: PresentPerson[]; showsSite: boolean }) {
  if (people.length === 0) return null;
  return (
    <ul className="admz-plain-list admz-people-grid">
      {people.map((person) => (
        <PresentPersonCard key={person.key} person={person} showsSite={showsSite} />
      ))}
    </ul>
  );
}

function NobodyVisible({ isToday }: { isToday: boolean }) {
  const { whoIsHere: messages } = useMessages(presenceMessages);
  return (
    <EmptyState title={isToday ? messages.nobodyToday : messages.nobodyThatDay}>
      <p className={fr.cx('fr-mb-0')}>{messages.nobodyExplanation}</p>
    </EmptyState>
  );
}
