import { Button } from '@codegouvfr/react-dsfr/Button';
import { describeDesk, type CheckInOutcome } from '../check-in-outcome';
import { useAutoReturn } from '../hooks/use-auto-return';

type CheckInResultScreenProps = { outcome: CheckInOutcome; onFinish: () => void };

export const successDisplayMs = 6_000;
export const failureDisplayMs = 8_000;

export function CheckInResultScreen({ outcome, onFinish }: CheckInResultScreenProps) {
  const displayMs = outcome.kind === 'success' ? successDisplayMs : failureDisplayMs;
  useAutoReturn(displayMs, onFinish);

  return (
    <main className={`kiosk-screen kiosk-result kiosk-result--${resultTone(outcome)}`}>
      <div className="kiosk-result__panel" role="status" aria-live="polite" aria-atomic="true">
        <span className="kiosk-result__symbol" aria-hidden="true">
          {outcome.kind === 'success' ? '✓' : '!'}
        </span>
        {outcome.kind === 'success' ? (
          <SuccessMessage outcome={outcome} />
        ) : (
          <FailureMessage message={outcome.message} />
        )}
      </div>
      <Button
        type="button"
        size="large"
        className="kiosk-button kiosk-result__finish"
        onClick={onFinish}
      >
        Terminer
      </Button>
      <div
        className="kiosk-result__countdown"
        style={{ animationDuration: `${displayMs}ms` }}
        aria-hidden="true"
      />
    </main>
  );
}

function SuccessMessage({ outcome }: { outcome: Extract<CheckInOutcome, { kind: 'success' }> }) {
  const { person, desk } = outcome.result;
  return (
    <>
      <h1 className="kiosk-result__title">
        {outcome.result.outcome === 'checked_in'
          ? `Bienvenue ${person.givenName}`
          : `Déjà enregistré·e, bonne journée ${person.givenName}`}
      </h1>
      <p className="kiosk-result__detail">{describeDesk(desk)}</p>
    </>
  );
}

function FailureMessage({ message }: { message: string }) {
  return (
    <>
      <h1 className="kiosk-result__title">Enregistrement impossible</h1>
      <p className="kiosk-result__detail">{message}</p>
    </>
  );
}

function resultTone(outcome: CheckInOutcome): 'success' | 'info' | 'error' {
  if (outcome.kind === 'failure') return 'error';
  return outcome.result.outcome === 'checked_in' ? 'success' : 'info';
}
