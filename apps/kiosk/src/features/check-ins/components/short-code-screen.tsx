import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { shortCodeLength, type CheckInRequest, type KioskIdentity } from '@admz/shared';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { SiteHeader } from '../../kiosks/components/site-header';
import { validateCheckInRequest } from '../check-in-request';
import { useAutoReturn } from '../hooks/use-auto-return';
import { formatShortCode, sanitizeShortCodeInput } from '../short-code';
import { ShortCodeKeypad } from './short-code-keypad';

type ShortCodeScreenProps = {
  identity: KioskIdentity;
  isPending: boolean;
  onSubmit: (request: CheckInRequest) => void;
  onCancel: () => void;
};

// Someone who walks away half-way must not leave the kiosk stuck on this screen.
const inactivityDelayMs = 60_000;

export function ShortCodeScreen({ identity, isPending, onSubmit, onCancel }: ShortCodeScreenProps) {
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useAutoReturn(isPending ? null : inactivityDelayMs, onCancel, code);

  const updateCode = (nextCode: string) => {
    setCode(nextCode);
    setProblem(null);
  };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.target.value;
    const nextCode = sanitizeShortCodeInput(typed);
    // Backspace over the "-" separator removes the character before it.
    const isDeletionOfSeparator = nextCode === code && typed.length < formatShortCode(code).length;
    updateCode(isDeletionOfSeparator ? code.slice(0, -1) : nextCode);
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
        <h1 className="kiosk-typing__title">Saisissez le code de votre réservation</h1>
        <Input
          label="Code de réservation"
          hintText={`${shortCodeLength} caractères, inscrits sous votre QR code (exemple : AB3D-EF7H)`}
          className="kiosk-field kiosk-code-field"
          state={problem === null ? 'default' : 'error'}
          stateRelatedMessage={problem ?? undefined}
          nativeInputProps={{
            value: formatShortCode(code),
            onChange: handleChange,
            // The on-screen keypad replaces the tablet's own keyboard; a physical keyboard still types here.
            inputMode: 'none',
            autoComplete: 'off',
            autoCapitalize: 'characters',
            autoCorrect: 'off',
            spellCheck: false,
            autoFocus: true,
            readOnly: isPending,
          }}
        />
        <ShortCodeKeypad
          isDisabled={isPending}
          onCharacter={(character) => updateCode(sanitizeShortCodeInput(code + character))}
          onErase={() => updateCode(code.slice(0, -1))}
        />
        {isPending && (
          <p className="kiosk-pending kiosk-pending--inline" role="status">
            Vérification de votre réservation…
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
            Annuler
          </Button>
          <Button type="submit" size="large" className="kiosk-button" disabled={isPending}>
            {isPending ? 'Vérification…' : 'Valider'}
          </Button>
        </div>
      </form>
    </main>
  );
}
