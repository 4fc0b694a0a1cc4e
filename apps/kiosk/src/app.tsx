import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { isUnauthorized } from './api-client';
import { CheckInFlow } from './features/check-ins/components/check-in-flow';
import { SetupScreen } from './features/kiosks/components/setup-screen';
import { useKioskIdentity } from './features/kiosks/hooks/use-kiosk-identity';
import { useScreenWakeLock } from './features/kiosks/hooks/use-screen-wake-lock';
import {
  forgetStoredCredential,
  readStoredCredential,
  storeCredential,
} from './features/kiosks/kiosk-credential';

const rejectedCredentialNotice = 'Borne désactivée ou clé invalide. Saisissez une nouvelle clé.';

export function App() {
  const [credential, setCredential] = useState<string | null>(readStoredCredential);
  const [setupNotice, setSetupNotice] = useState<string | null>(null);
  const identity = useKioskIdentity(credential);
  useScreenWakeLock();

  const adoptCredential = (nextCredential: string) => {
    storeCredential(nextCredential);
    setSetupNotice(null);
    setCredential(nextCredential);
  };

  const dropRejectedCredential = () => {
    forgetStoredCredential();
    setSetupNotice(rejectedCredentialNotice);
    setCredential(null);
  };

  if (credential === null || isUnauthorized(identity.error)) {
    const notice = credential === null ? setupNotice : rejectedCredentialNotice;
    return <SetupScreen notice={notice} onAssociated={adoptCredential} />;
  }

  if (identity.data === undefined) {
    if (identity.isError) {
      return (
        <main className="kiosk-screen kiosk-message">
          <h1 className="kiosk-message__title">Connexion au serveur impossible</h1>
          <p className="kiosk-message__detail" role="status">
            {identity.error.message}
          </p>
          <Button
            type="button"
            size="large"
            className="kiosk-button"
            onClick={() => void identity.refetch()}
            disabled={identity.isFetching}
          >
            {identity.isFetching ? 'Nouvel essai…' : 'Réessayer'}
          </Button>
        </main>
      );
    }
    return (
      <main className="kiosk-screen kiosk-message">
        <p className="kiosk-message__title" role="status">
          Connexion au serveur…
        </p>
      </main>
    );
  }

  return (
    <CheckInFlow
      credential={credential}
      identity={identity.data}
      onUnauthorized={dropRejectedCredential}
    />
  );
}
