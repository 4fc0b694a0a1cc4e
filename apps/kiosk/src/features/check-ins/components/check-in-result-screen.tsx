import { Button } from '@codegouvfr/react-dsfr/Button';
import { useLanguage, useMessages } from '../../../i18n/language';
import { formatSiteTime } from '../../kiosks/site-clock';
import type { CheckInOutcome } from '../check-in-outcome';
import { useAutoReturn } from '../hooks/use-auto-return';
import { withUnbreakableDesk } from '../unbreakable-desk';
import { DeskPlan } from './desk-plan';

type CheckInResultScreenProps = {
  outcome: CheckInOutcome;
  credential: string;
  timezone: string;
  isCheckingOut: boolean;
  onCheckOut: (checkOutToken: string) => void;
  onFinish: () => void;
};

const displayMs: Record<CheckInOutcome['kind'], number> = {
  'checked-in': 8_000,
  'event-checked-in': 8_000,
  'guest-checked-in': 8_000,
  // Time to read, decide and reach the button.
  'already-checked-in': 15_000,
  'checked-out': 6_000,
  refused: 10_000,
};

export function CheckInResultScreen({
  outcome,
  credential,
  timezone,
  isCheckingOut,
  onCheckOut,
  onFinish,
}: CheckInResultScreenProps) {
  const messages = useMessages();
  const delayMs = displayMs[outcome.kind];
  useAutoReturn(isCheckingOut ? null : delayMs, onFinish);
  const tone = resultTone(outcome);
  const hasPlan = outcome.kind === 'checked-in' && outcome.desk.planUrl !== null;
  const hasCheckOut = outcome.kind === 'already-checked-in' && outcome.checkOutToken !== null;

  return (
    <main className={`kiosk-screen kiosk-result kiosk-result--${tone}`}>
      <div className="kiosk-flash" aria-hidden="true" />
      <div
        className={
          hasPlan ? 'kiosk-result__layout kiosk-result__layout--plan' : 'kiosk-result__layout'
        }
      >
        <div className="kiosk-result__panel" role="status" aria-live="polite" aria-atomic="true">
          <span className="kiosk-result__symbol" aria-hidden="true">
            {tone === 'error' ? '!' : '✓'}
          </span>
          <OutcomeMessage outcome={outcome} timezone={timezone} />
        </div>
        {outcome.kind === 'checked-in' && outcome.desk.planUrl !== null && (
          <DeskPlan credential={credential} desk={outcome.desk} />
        )}
      </div>
      <div className="kiosk-result__actions">
        {outcome.kind === 'already-checked-in' && outcome.checkOutToken !== null && (
          <Button
            type="button"
            size="large"
            className="kiosk-button kiosk-result__check-out"
            disabled={isCheckingOut}
            nativeButtonProps={{ autoFocus: true }}
            onClick={() => outcome.checkOutToken !== null && onCheckOut(outcome.checkOutToken)}
          >
            {isCheckingOut ? messages.greeting.checkingOut : messages.greeting.checkOut}
          </Button>
        )}
        <Button
          type="button"
          priority={outcome.kind === 'already-checked-in' ? 'secondary' : 'primary'}
          size="large"
          className="kiosk-button kiosk-result__finish"
          disabled={isCheckingOut}
          // Keyboard users land on the action; the status region still announces the result.
          nativeButtonProps={{ autoFocus: !hasCheckOut }}
          onClick={onFinish}
        >
          {outcome.kind === 'already-checked-in' ? messages.greeting.stay : messages.common.finish}
        </Button>
      </div>
      {!isCheckingOut && (
        <div
          className="kiosk-result__countdown"
          style={{ animationDuration: `${delayMs}ms` }}
          aria-hidden="true"
        />
      )}
    </main>
  );
}

function OutcomeMessage({ outcome, timezone }: { outcome: CheckInOutcome; timezone: string }) {
  const { messages } = useLanguage();
  switch (outcome.kind) {
    case 'checked-in':
      return (
        <>
          <h1 className="kiosk-result__title">
            {withUnbreakableDesk(
              messages.greeting.welcome(outcome.givenName, outcome.desk.label),
              outcome.desk.label,
            )}
          </h1>
          {outcome.desk.zone.trim() !== '' && (
            <p className="kiosk-result__detail">{outcome.desk.zone}</p>
          )}
          {outcome.isOffline && (
            <p className="kiosk-result__note">{messages.greeting.offlineNote}</p>
          )}
        </>
      );
    case 'event-checked-in':
      return (
        <>
          <h1 className="kiosk-result__title">
            {outcome.alreadySince === null
              ? messages.greeting.eventWelcome(outcome.givenName)
              : messages.greeting.eventAlreadyCheckedIn(
                  outcome.givenName,
                  formatSiteTime(outcome.alreadySince, timezone),
                )}
          </h1>
          <p className="kiosk-result__detail">
            {messages.greeting.eventDetail(outcome.eventTitle, outcome.zone)}
          </p>
          {outcome.isOffline && (
            <p className="kiosk-result__note">{messages.greeting.offlineNote}</p>
          )}
        </>
      );
    case 'guest-checked-in':
      return (
        <>
          <h1 className="kiosk-result__title">
            {outcome.alreadySince === null
              ? messages.greeting.guestWelcome(outcome.givenName)
              : messages.greeting.guestAlreadyCheckedIn(
                  outcome.givenName,
                  formatSiteTime(outcome.alreadySince, timezone),
                )}
          </h1>
          {outcome.invitedBy !== null && (
            <p className="kiosk-result__detail">
              {messages.greeting.guestInvitedBy(outcome.invitedBy)}
            </p>
          )}
        </>
      );
    case 'already-checked-in':
      return (
        <h1 className="kiosk-result__title">
          {messages.greeting.alreadyCheckedIn(
            outcome.givenName,
            formatSiteTime(outcome.since, timezone),
          )}
        </h1>
      );
    case 'checked-out': {
      const { result } = outcome;
      return (
        <>
          <h1 className="kiosk-result__title">
            {messages.greeting.goodbye(result.person.givenName)}
          </h1>
          <p className="kiosk-result__detail">
            {withUnbreakableDesk(
              result.outcome === 'checked_out'
                ? messages.greeting.checkedOutAt(
                    formatSiteTime(result.checkedOutAt, timezone),
                    result.desk.label,
                  )
                : messages.greeting.alreadyCheckedOut(result.desk.label),
              result.desk.label,
            )}
          </p>
        </>
      );
    }
    case 'refused':
      return (
        <>
          <h1 className="kiosk-result__title">
            {outcome.subject === 'check-in'
              ? messages.refusal.checkInTitle
              : messages.refusal.checkOutTitle}
          </h1>
          <p className="kiosk-result__detail">{outcome.message}</p>
        </>
      );
  }
}

function resultTone(outcome: CheckInOutcome): 'success' | 'info' | 'error' {
  if (outcome.kind === 'refused') return 'error';
  if (outcome.kind === 'event-checked-in' || outcome.kind === 'guest-checked-in')
    return outcome.alreadySince === null ? 'success' : 'info';
  return outcome.kind === 'checked-in' ? 'success' : 'info';
}
