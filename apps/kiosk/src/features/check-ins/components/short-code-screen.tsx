import { Button } from '@codegouvfr/react-dsfr/Button';
import { shortCodeLength, type CheckInRequest, type KioskIdentity } from '@admz/shared';
import { useState, type FormEvent } from 'react';
import { useMessages } from '../../../i18n/language';
import { SiteHeader } from '../../kiosks/components/site-header';
import { validateCheckInRequest } from '../check-in-request';
import { useAutoReturn } from '../hooks/use-auto-return';
import { CodeEntry } from './code-entry';

type ShortCodeScreenProps = {
  identity: KioskIdentity;
  isPending: boolean;
  onSubmit: (request: CheckInRequest) => void;
  onCancel: () => void;
};

// Someone who walks away half-way must not leave the kiosk stuck on this screen.
const inactivityDelayMs = 60_000;

export function ShortCodeScreen({ identity, isPending, onSubmit, onCancel }: ShortCodeScreenProps) {
  const messages = useMessages();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useAutoReturn(isPending ? null : inactivityDelayMs, onCancel, code);

  const updateCode = (nextCode: string) => {
    setCode(nextCode);
    setProblem(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isPending) return;
    const validation = validateCheckInRequest({ shortCode: code });
    if (validation.isValid) onSubmit(validation.request);
    else setProblem(validation.problem);
  };

  return (
    <main className="kiosk-screen kiosk-typing">
      <SiteHeader identity={identity} isCompact />
      <form className="kiosk-typing__form" onSubmit={submit} noValidate>
        <h1 className="kiosk-typing__title">{messages.typing.title}</h1>
        <CodeEntry
          label={messages.typing.codeLabel}
          hint={messages.typing.codeHint(shortCodeLength)}
          code={code}
          problem={problem}
          isDisabled={isPending}
          onCodeChange={updateCode}
        />
        {isPending && (
          <p className="kiosk-pending kiosk-pending--inline" role="status">
            {messages.idle.verifying}
          </p>
        )}
        {/* react-dsfr Button renders type="submit" unless told otherwise: Enter must not hit "Annuler". */}
        <div className="kiosk-typing__actions">
          <Button
            type="button"
            priority="secondary"
            size="large"
            className="kiosk-button"
            onClick={onCancel}
            disabled={isPending}
          >
            {messages.common.cancel}
          </Button>
          <Button type="submit" size="large" className="kiosk-button" disabled={isPending}>
            {isPending ? messages.common.checking : messages.common.confirm}
          </Button>
        </div>
      </form>
    </main>
  );
}
