import type { TodayEntry } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLanguage, useMessages } from '../../../i18n/language';
import { describeBoardSlot, describeBoardStatus, personName } from '../board-display';
import { todayBoardMessages } from '../today-board.messages';
import type { BoardAction } from '../today-board.api';

type BoardEntryListProps = {
  entries: TodayEntry[];
  timezone: string;
  /** The booking a host action is being saved for: its buttons wait. */
  pendingBookingId: string | undefined;
  onAct: (entry: TodayEntry, action: BoardAction) => void;
};

/** One line per booking: who, where, when, its state, and what the host may do by hand. */
export function BoardEntryList({
  entries,
  timezone,
  pendingBookingId,
  onAct,
}: BoardEntryListProps) {
  const language = useLanguage();
  const messages = useMessages(todayBoardMessages).entry;
  return (
    <ul className="admz-board-list">
      {entries.map((entry) => {
        const status = describeBoardStatus(entry, timezone, language);
        const name = personName(entry, language);
        const isPending = pendingBookingId === entry.bookingId;
        const canAct = entry.person !== null;
        return (
          <li key={entry.bookingId} className={`admz-board-item admz-board-item--${entry.state}`}>
            <div className="admz-board-item__who">
              <strong>{name}</strong>
              <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {entry.person?.organizationLabel ?? ''}
                {entry.bookedBy && messages.bookedBy(entry.bookedBy.name)}
                {entry.isWalkIn && messages.walkIn}
              </span>
            </div>
            <div className="admz-board-item__where">
              <span>
                {messages.desk} <strong>{entry.desk.label}</strong> · {entry.desk.zone}
              </span>
              <span className={fr.cx('fr-text--sm', 'fr-mb-0')}>
                {describeBoardSlot(entry, timezone, language)}
              </span>
            </div>
            <div className="admz-board-item__state">
              <Badge small severity={status.severity} noIcon={status.severity === undefined}>
                {status.label}
              </Badge>
            </div>
            {canAct &&
              (entry.state === 'expected' ||
                entry.state === 'arrived' ||
                entry.status === 'absent') && (
                <div className="admz-board-item__actions">
                  {(entry.state === 'expected' || entry.status === 'absent') && (
                    <Button
                      size="small"
                      iconId="fr-icon-check-line"
                      disabled={isPending}
                      onClick={() => onAct(entry, 'arrival')}
                    >
                      <span aria-hidden="true">{messages.arrival}</span>
                      <span className={fr.cx('fr-sr-only')}>{messages.markArrival(name)}</span>
                    </Button>
                  )}
                  {entry.state === 'arrived' && (
                    <Button
                      size="small"
                      priority="secondary"
                      iconId="fr-icon-logout-box-r-line"
                      disabled={isPending}
                      onClick={() => onAct(entry, 'departure')}
                    >
                      <span aria-hidden="true">{messages.departure}</span>
                      <span className={fr.cx('fr-sr-only')}>{messages.markDeparture(name)}</span>
                    </Button>
                  )}
                  {entry.state === 'expected' && (
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-close-line"
                      disabled={isPending}
                      onClick={() => onAct(entry, 'cancel')}
                    >
                      <span aria-hidden="true">{messages.cancel}</span>
                      <span className={fr.cx('fr-sr-only')}>{messages.cancelBooking(name)}</span>
                    </Button>
                  )}
                </div>
              )}
          </li>
        );
      })}
    </ul>
  );
}
