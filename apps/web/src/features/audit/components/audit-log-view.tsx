import { auditKinds, auditKindSchema, type AuditEvent } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { FilterSelect } from '../../../components/filter-select';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useSites } from '../../sites/hooks/use-sites';
import { describeAuditChange } from '../audit-change';
import { useMemo } from 'react';
import { useAuditLabels } from '../../../i18n/audit-labels.messages';
import { useLocale, useMessages } from '../../../i18n/language';
import { auditMessages } from '../audit.messages';
import { useAuditEvents } from '../hooks/use-audit-events';

const limits = [50, 100, 200] as const;

/**
 * « Journal des actions »: every host and admin action, newest first, filtered by site, person
 * and kind. The filters live in the address, so a filtered view can be shared or reloaded.
 */
export function AuditLogView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const sitesQuery = useSites();
  const kind = auditKindSchema.safeParse(searchParams.get('type')).data;
  const siteId = searchParams.get('site') ?? undefined;
  const actorId = searchParams.get('personne') ?? undefined;
  const texts = useMessages(auditMessages).log;
  const labels = useAuditLabels();
  const actorName = searchParams.get('nom') ?? texts.thisPerson;
  const limit = limits.find((value) => String(value) === searchParams.get('nombre')) ?? 50;
  const eventsQuery = useAuditEvents({ siteId, actorId, kind, limit });

  function setFilter(changes: Record<string, string | undefined>) {
    const next = new URLSearchParams(searchParams);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setSearchParams(next, { replace: true });
  }

  return (
    <>
      <form
        className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-2w')}
        aria-label={texts.filtersLabel}
        onSubmit={(event) => event.preventDefault()}
      >
        <FilterSelect
          label={texts.site}
          name="site"
          value={siteId ?? ''}
          onChange={(site) => setFilter({ site })}
          anyLabel={texts.allSites}
          options={(sitesQuery.data ?? []).map((site) => ({ value: site.id, label: site.name }))}
          columnClass="fr-col-md-4"
        />
        <FilterSelect
          label={texts.kind}
          name="type"
          value={kind ?? ''}
          onChange={(type) => setFilter({ type })}
          anyLabel={texts.allKinds}
          options={auditKinds.map((value) => ({ value, label: labels.auditKind[value] }))}
          columnClass="fr-col-md-5"
        />
        <FilterSelect
          label={texts.limit}
          name="nombre"
          value={String(limit)}
          onChange={(nombre) => setFilter({ nombre })}
          options={limits.map((value) => ({ value: String(value), label: texts.latest(value) }))}
          columnClass="fr-col-md-3"
        />
      </form>
      {actorId && (
        <p>
          <Tag
            dismissible
            nativeButtonProps={{
              onClick: () => setFilter({ personne: undefined, nom: undefined }),
              'aria-label': texts.removeActorFilter(actorName),
            }}
          >
            {texts.actionsOf(actorName)}
          </Tag>
        </p>
      )}
      {eventsQuery.isPending && <LoadingState label={texts.loading} />}
      {eventsQuery.isError && (
        <ErrorState error={eventsQuery.error} onRetry={() => void eventsQuery.refetch()} />
      )}
      {eventsQuery.data?.length === 0 && <EmptyState title={texts.empty} />}
      {eventsQuery.data && eventsQuery.data.length > 0 && (
        <AuditTable
          events={eventsQuery.data}
          isRefreshing={eventsQuery.isFetching}
          onFilterActor={(actor) => setFilter({ personne: actor.userId, nom: actor.name })}
        />
      )}
    </>
  );
}

function AuditTable({
  events,
  isRefreshing,
  onFilterActor,
}: {
  events: AuditEvent[];
  isRefreshing: boolean;
  onFilterActor: (actor: { userId: string; name: string }) => void;
}) {
  const texts = useMessages(auditMessages).log;
  const labels = useAuditLabels();
  const locale = useLocale();
  const instantFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'short',
        timeStyle: 'medium',
        timeZone: 'Europe/Paris',
      }),
    [locale],
  );
  return (
    <div className="fr-table fr-table--bordered admz-audit-table" aria-busy={isRefreshing}>
      <table>
        <caption>{texts.caption(events.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.headers.date}</th>
            <th scope="col">{texts.headers.action}</th>
            <th scope="col">{texts.headers.site}</th>
            <th scope="col">{texts.headers.actor}</th>
            <th scope="col">{texts.headers.subject}</th>
            <th scope="col">{texts.headers.changes}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const changes = describeAuditChange(event.before, event.after, texts.value);
            return (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.at}>{instantFormat.format(new Date(event.at))}</time>
                </td>
                <td>{labels.auditKind[event.kind]}</td>
                <td>{event.site?.name ?? '—'}</td>
                <td>
                  {event.actor ? (
                    <Button
                      priority="tertiary no outline"
                      size="small"
                      onClick={() => event.actor && onFilterActor(event.actor)}
                      title={texts.seeActionsOf(event.actor.name)}
                    >
                      {event.actor.name}
                    </Button>
                  ) : (
                    texts.noActor
                  )}
                </td>
                <td>{event.subject}</td>
                <td>
                  {changes.length === 0 ? (
                    '—'
                  ) : (
                    <ul className={fr.cx('fr-my-0')}>
                      {changes.map((change) => (
                        <li key={change.field}>
                          <code>{change.field}</code>
                          {texts.fieldSeparator}
                          {change.before} → {change.after}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
