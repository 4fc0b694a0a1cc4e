import {
  formatFrenchDate,
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
import { lastSiteStorageKey } from '../../bookings/components/book-desk-view';
import { useSites } from '../../sites/hooks/use-sites';
import { usePresenceSearch, useWhoIsHere } from '../hooks/use-presence';
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
  const sitesQuery = useSites();
  if (sitesQuery.isPending) return <LoadingState label="Chargement des tiers-lieux…" />;
  if (sitesQuery.isError) {
    return <ErrorState error={sitesQuery.error} onRetry={() => void sitesQuery.refetch()} />;
  }
  const [firstSite] = sitesQuery.data;
  if (!firstSite) {
    return <EmptyState title="Aucun tiers-lieu n'est encore ouvert." />;
  }
  return <SiteDay sites={sitesQuery.data} firstSite={firstSite} />;
}

function SiteDay({ sites, firstSite }: { sites: Site[]; firstSite: Site }) {
  const [searchParams, setSearchParams] = useSearchParams();
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

  const dateLabel = formatFrenchDate(date);
  return (
    <>
      <form
        aria-label="Choisir le tiers-lieu et le jour"
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label="Tiers-lieu"
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
            label="Jour"
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
          Rechercher une personne
        </h2>
        <form role="search" onSubmit={submitSearch} aria-label="Rechercher une personne">
          <div className="admz-inline-field">
            <Input
              label="Compétence"
              hintText="Un mot-clé entier : « donnees » trouve « données »."
              nativeInputProps={{
                type: 'search',
                name: 'competence',
                value: tagDraft,
                maxLength: 40,
                onChange: (change) => setTagDraft(change.target.value),
              }}
            />
            <Input
              label="Administration"
              hintText="Une partie de son nom."
              nativeInputProps={{
                type: 'search',
                name: 'administration',
                value: administrationDraft,
                maxLength: 120,
                onChange: (change) => setAdministrationDraft(change.target.value),
              }}
            />
            <Button type="submit" iconId="fr-icon-search-line">
              Rechercher
            </Button>
          </div>
        </form>
        {isSearching && (
          <SearchResults
            query={searchQuery}
            dateLabel={dateLabel}
            onClear={clearSearch}
            criteria={[
              tag && `compétence « ${tag} »`,
              administration && `administration « ${administration} »`,
            ]
              .filter(Boolean)
              .join(' et ')}
          />
        )}
      </section>

      <section aria-labelledby="who-is-here-day-title">
        <h2 id="who-is-here-day-title" className={fr.cx('fr-h4')}>
          À {site.name}, {dateLabel}
        </h2>
        {dayQuery.isPending ? (
          <LoadingState label="Chargement des personnes présentes…" />
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
  return (
    <div aria-live="polite" className={fr.cx('fr-mt-2w')}>
      {query.isPending ? (
        <LoadingState label="Recherche en cours…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className={fr.cx('fr-mb-2w')}>
            {query.data.people.length === 0
              ? `Personne de visible avec ${criteria}, ${dateLabel}, dans les tiers-lieux.`
              : `${query.data.people.length === 1 ? 'Une personne' : `${query.data.people.length} personnes`} avec ${criteria}, ${dateLabel}, dans les tiers-lieux :`}{' '}
            <Button priority="tertiary no outline" size="small" onClick={onClear}>
              Effacer la recherche
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
  if (administrations.length === 0) return null;
  return (
    <>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>Administrations présentes</h3>
      <ul className={fr.cx('fr-tags-group', 'fr-mb-2w')} aria-label="Administrations présentes">
        {administrations.map((administration) => (
          <li key={administration.name}>
            <Tag nativeButtonProps={{ onClick: () => onChoose(administration.name) }}>
              {administration.name} ({administration.count})
              <span className="fr-sr-only">
                {administration.count === 1 ? ' personne visible' : ' personnes visibles'} :
                rechercher
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
  return (
    <EmptyState
      title={
        isToday
          ? 'Personne n’est visible aujourd’hui dans ce tiers-lieu.'
          : 'Personne n’est visible ce jour-là dans ce tiers-lieu.'
      }
    >
      <p className={fr.cx('fr-mb-0')}>
        « Qui est là ? » ne montre que les agents qui l’ont choisi : d’autres personnes peuvent être
        présentes sans apparaître ici. Pour être vu, activez « Me rendre visible » dans votre profil
        de présence, puis réservez un poste.
      </p>
    </EmptyState>
  );
}
