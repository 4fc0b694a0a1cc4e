import { Button } from '@codegouvfr/react-dsfr/Button';
import { pairingCodeLength, pairKioskSchema } from '@admz/shared';
import { useState, type FormEvent } from 'react';
import { appVersion } from '../../../app-version';
import { useMessages } from '../../../i18n/language';
import { describeRequestFailure } from '../../../request-failure';
import { CodeEntry } from '../../check-ins/components/code-entry';
import { usePairKiosk } from '../hooks/use-pair-kiosk';

type PairingScreenProps = { onPaired: (credential: string) => void };

/** First start (or after a revocation): the one-time code a host got in the web app. */
export function PairingScreen({ onPaired }: PairingScreenProps) {
  const messages = useMessages();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const pairing = usePairKiosk();

  const updateCode = (nextCode: string) => {
    setCode(nextCode);
    setProblem(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pairing.isPending) return;
    const parsed = pairKioskSchema.safeParse({ pairingCode: code, appVersion });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? messages.errors.unexpected);
      return;
    }
    pairing.mutate(parsed.data, {
      onSuccess: (paired) => onPaired(paired.credential),
      onError: (error) => setProblem(describeRequestFailure(error, messages)),
    });
  };

  return (
    <main className="kiosk-screen kiosk-setup">
      <form className="kiosk-typing__form" onSubmit={submit} noValidate>
        <p className="kiosk-brand">{messages.common.brand}</p>
        <h1 className="kiosk-setup__title">{messages.pairing.title}</h1>
        <p className="kiosk-setup__intro">{messages.pairing.intro}</p>
        <CodeEntry
          label={messages.pairing.codeLabel}
          hint={messages.pairing.codeHint(pairingCodeLength)}
          code={code}
          problem={problem}
          isDisabled={pairing.isPending}
          onCodeChange={updateCode}
        />
        <Button type="submit" size="large" className="kiosk-button" disabled={pairing.isPending}>
          {pairing.isPending ? messages.pairing.pending : messages.pairing.submit}
        </Button>
      </form>
    </main>
  );
}
