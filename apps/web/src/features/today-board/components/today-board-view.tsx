import { formatSiteTime, type Me, type Site, type TodayEntry } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { LoadingState } from '../../../components/loading-state';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import type { NonEmptyArray } from '../../../lib/non-empty';
import { ConnectionIndicator } from '../../live/components/connection-indicator';
import { LiveFeed } from '../../live/components/live-feed';
import { useSiteLive } from '../../live/hooks/use-site-live';
import { HostedSitesGate } from '../../sites/components/hosted-sites-gate';
import { SiteSelect } from '../../sites/components/site-select';
import { groupFreeDesks } from '../board-display';
import { useBoardAction, useTodayBoard } from '../hooks/use-today-board';
import type { BoardAction } from '../today-board.api';
import { todayBoardMessages } from '../today-board.messages';
import { BoardEntryList } from './board-entry-list';
import { BookOnBehalfForm } from './book-on-behalf-form';
import { CancelOnBehalfModal, cancelOnBehalfModal } from './cancel-on-behalf-modal';
import { useSiteInAddress } from '../../sites/hooks/use-site-in-address';

export function TodayBoardView({ me }: { me: Me }) {
  return <HostedSitesGate me={me}>{(sites) => <SiteBoard sites={sites} />}</HostedSitesGate>;
}

function SiteBoard({ sites }: { sites: NonEmptyArray<Site> }) {
  const { site, selectSite } = useSiteInAddress(sites);
  const live = useSiteLive(site.id);
  const boardQuery = useTodayBoard(site.id, live.connection === 'live');
  const action = useBoardAction(site.id);
  const [toCancel, setToCancel] = useState<TodayEntry | null>(null);
  const board = boardQuery.data?.siteId === site.id ? boardQuery.data : undefined;
  const messages = useMessages(todayBoardMessages).board;
  const format = useFormat();

  function act(entry: TodayEntry, kind: BoardAction) {
    action.reset();
    if (kind === 'cancel') {
      setToCancel(entry);
      cancelOnBehalfModal.open();
      return;
    }
    action.mutate({ bookingId: entry.bookingId, action: kind });
  }

  const counts = board
    ? [
        { label: messages.counts.expected, value: board.counts.expected },
        { label: messages.counts.arrived, value: board.counts.arrived },
        { label: messages.counts.left, value: board.counts.left },
        { label: messages.counts.noShow, value: board.counts.noShow },
        { label: messages.counts.freeDesks, value: board.counts.freeDesks },
      ]
    : [];

  return (
    <>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-grid-row--bottom')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <SiteSelect sites={sites} selectedSiteId={site.id} onSelectSite={selectSite} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-mb-3w')}>
          <ConnectionIndicator connection={live.connection} />
        </div>
      </div>

      <div className="admz-toolbar fr-mb-2w">
        <h2 className={fr.cx('fr-h4', 'fr-mb-0')}>
          {site.name}
          {board && ` — ${format.date(board.date)}`}
        </h2>
        <div className="admz-toolbar__actions">
          <Button
            iconId="fr-icon-alarm-warning-line"
            linkProps={{ to: `/evacuation?site=${encodeURIComponent(site.id)}` }}
          >
            {messages.evacuationList}
          </Button>
          <Button
            priority="secondary"
            iconId="fr-icon-refresh-line"
            onClick={() => void boardQuery.refetch()}
          >
            {messages.refresh}
          </Button>
        </div>
      </div>

      {boardQuery.isPending && <LoadingState label={messages.loading} />}
      {boardQuery.isError && (
        <ErrorState error={boardQuery.error} onRetry={() => void boardQuery.refetch()} />
      )}
      {board && (
        <>
          {!board.isOpen && board.closedReason && (
            <Alert
              severity="info"
              small
              description={board.closedReason}
              className={fr.cx('fr-mb-3w')}
            />
          )}
          <ul
            className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-mb-3w')}
            aria-label={messages.summary}
            style={{ listStyle: 'none', paddingLeft: 0 }}
          >
            {counts.map((item) => (
              <li key={item.label} className={fr.cx('fr-col-6', 'fr-col-md')}>
                <div className="admz-count">
                  <span className="admz-count__value">{item.value}</span>
                  <span className="admz-count__label">{item.label}</span>
                </div>
              </li>
            ))}
          </ul>

          <section aria-labelledby="board-feed-title" className={fr.cx('fr-mb-5w')}>
            <h3 id="board-feed-title" className={fr.cx('fr-h5')}>
              {messages.feedTitle}
            </h3>
            <LiveFeed feed={live.feed} timezone={board.timezone} labelledBy="board-feed-title" />
          </section>

          <section aria-labelledby="board-bookings-title" className={fr.cx('fr-mb-5w')}>
            <h3 id="board-bookings-title" className={fr.cx('fr-h5')}>
              {messages.bookingsTitle}
            </h3>
            <p className={fr.cx('fr-text--sm')} aria-live="polite">
              {messages.updatedAt}{' '}
              {new Date(board.generatedAt).toLocaleTimeString(format.locale, {
                timeZone: board.timezone,
                hour: '2-digit',
                minute: '2-digit',
                second: '2-digit',
              })}
              {live.connection === 'live' ? messages.live : messages.polling}
            </p>
            <MutationFeedback mutation={action} />
            {board.entries.length === 0 ? (
              <EmptyState title={messages.noBookings}>
                <p className={fr.cx('fr-mb-0')}>{messages.noBookingsHint}</p>
              </EmptyState>
            ) : (
              <BoardEntryList
                entries={board.entries}
                timezone={board.timezone}
                pendingBookingId={action.isPending ? action.variables?.bookingId : undefined}
                onAct={act}
              />
            )}
          </section>

          <section aria-labelledby="board-guests-title" className={fr.cx('fr-mb-5w')}>
            <h3 id="board-guests-title" className={fr.cx('fr-h5')}>
              {messages.guestsTitle}
            </h3>
            {board.guests.length === 0 ? (
              <p>{messages.noGuests}</p>
            ) : (
              <ul className="admz-plain-list">
                {board.guests.map((guest) => (
                  <li key={guest.invitationId} className={fr.cx('fr-mb-1w')}>
                    <Badge severity="new" small noIcon>
                      {messages.guest}
                    </Badge>{' '}
                    <strong>
                      {guest.givenName} {guest.usualName}
                    </strong>{' '}
                    — {guest.organisation}
                    {guest.invitedBy && messages.invitedBy(guest.invitedBy)} —{' '}
                    {guest.status === 'pending'
                      ? messages.guestPending
                      : guest.checkedInAt
                        ? messages.guestArrived(formatSiteTime(guest.checkedInAt, board.timezone))
                        : messages.guestExpected}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="board-free-title" className={fr.cx('fr-mb-5w')}>
            <h3 id="board-free-title" className={fr.cx('fr-h5')}>
              {messages.freeTitle}
            </h3>
            {board.freeDesks.length === 0 ? (
              <p>{messages.noFreeDesks}</p>
            ) : (
              <ul className="admz-plain-list">
                {groupFreeDesks(board.freeDesks).map((group) => (
                  <li key={group.zone}>
                    <strong>{group.zone}</strong> ({group.labels.length}){messages.colon}{' '}
                    {group.labels.join(', ')}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="board-book-title">
            <h3 id="board-book-title" className={fr.cx('fr-h5')}>
              {messages.bookTitle}
            </h3>
            <BookOnBehalfForm siteId={site.id} date={board.date} desks={board.freeDesks} />
          </section>
        </>
      )}

      <CancelOnBehalfModal
        entry={toCancel}
        timezone={site.timezone}
        isPending={action.isPending}
        error={action.error}
        onConfirm={(entry) =>
          action.mutate(
            { bookingId: entry.bookingId, action: 'cancel' },
            { onSuccess: () => cancelOnBehalfModal.close() },
          )
        }
      />
    </>
  );
}
