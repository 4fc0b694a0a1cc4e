import { formatSiteTime, siteToday, type Me, type Site } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { ConnectionIndicator } from '../../live/components/connection-indicator';
import { useSiteLive } from '../../live/hooks/use-site-live';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { personName } from '../board-display';
import { useEvacuationList } from '../hooks/use-today-board';
import { todayBoardMessages } from '../today-board.messages';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';

export function EvacuationView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <SiteEvacuation sites={sites} />}</HostedSitesGate>;
}

/** Everyone on site now, zone by zone: on a phone in the corridor, or printed on one A4 page. */
function SiteEvacuation({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  const live = useSiteLive(site.id);
  const listQuery = useEvacuationList(site.id, live.connection === 'live');
  const list = listQuery.data?.siteId === site.id ? listQuery.data : undefined;
  const messages = useMessages(todayBoardMessages).evacuation;
  const format = useFormat();
  const peopleCount = messages.people;

  return (
    <div className="admz-evacuation">
      <div className="admz-no-print">
        <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
          {sites.length > 1 && (
            <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
            </div>
          )}
          <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-mb-3w')}>
            <ConnectionIndicator connection={live.connection} />
          </div>
        </div>
        <ul
          className={fr.cx('fr-btns-group', 'fr-btns-group--inline-sm', 'fr-btns-group--icon-left')}
        >
          <li>
            <Button iconId="fr-icon-printer-line" onClick={() => window.print()} disabled={!list}>
              {messages.print}
            </Button>
          </li>
          <li>
            <Button
              priority="secondary"
              iconId="fr-icon-arrow-left-line"
              linkProps={{ to: `/tableau-du-jour?site=${encodeURIComponent(site.id)}` }}
            >
              {messages.back}
            </Button>
          </li>
        </ul>
      </div>

      {listQuery.isPending && <LoadingState label={messages.loading} />}
      {listQuery.isError && (
        <ErrorState error={listQuery.error} onRetry={() => void listQuery.refetch()} />
      )}
      {list && (
        <>
          <h2 className={fr.cx('fr-h4', 'fr-mb-1w')}>{list.siteName}</h2>
          <p className="admz-evacuation__summary">
            <strong>{messages.onSite(peopleCount(list.count))}</strong>
            {messages.madeAt(
              format.date(siteToday(list.timezone, new Date(list.generatedAt))),
              formatSiteTime(list.generatedAt, list.timezone),
            )}
          </p>
          {list.count === 0 ? (
            <EmptyState title={messages.nobody} />
          ) : (
            list.zones.map((zone) => (
              <section key={zone.zone} className="admz-evacuation__zone">
                <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>
                  {zone.zone} — {peopleCount(zone.count)}
                </h3>
                <Table
                  bordered
                  noCaption
                  caption={`${zone.zone} — ${peopleCount(zone.count)}`}
                  className="admz-evacuation__table"
                  headers={messages.headers}
                  data={zone.people.map((person) => [
                    person.isWalkIn
                      ? messages.walkIn(personName(person, format.language))
                      : personName(person, format.language),
                    person.person?.organizationLabel ?? '—',
                    person.deskLabel,
                    person.checkedInAt ? formatSiteTime(person.checkedInAt, list.timezone) : '—',
                  ])}
                />
              </section>
            ))
          )}
          {list.guests.length > 0 && (
            <section className="admz-evacuation__zone" aria-labelledby="evacuation-guests">
              <h3 id="evacuation-guests" className={fr.cx('fr-h6', 'fr-mb-1w')}>
                {messages.guestsTitle(peopleCount(list.guests.length))}
              </h3>
              <Table
                bordered
                noCaption
                caption={messages.guestsCaption(peopleCount(list.guests.length))}
                className="admz-evacuation__table"
                headers={messages.guestHeaders}
                data={list.guests.map((guest) => [
                  messages.guestName(`${guest.givenName} ${guest.usualName}`),
                  guest.organisation,
                  guest.invitedBy ?? '—',
                  guest.checkedInAt ? formatSiteTime(guest.checkedInAt, list.timezone) : '—',
                ])}
              />
            </section>
          )}
        </>
      )}
    </div>
  );
}
