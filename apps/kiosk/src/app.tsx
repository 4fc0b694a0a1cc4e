import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isNetworkFailure, isUnauthorized } from './api-client';
import { KioskShell } from './features/kiosks/components/kiosk-shell';
import { PairingScreen } from './features/kiosks/components/pairing-screen';
import { RevokedScreen } from './features/kiosks/components/revoked-screen';
import { useHeartbeat } from './features/kiosks/hooks/use-heartbeat';
import { useIsOffline } from './features/kiosks/hooks/use-is-offline';
import { useScreenWakeLock } from './features/kiosks/hooks/use-screen-wake-lock';
import { forgetLastHeartbeat } from './features/kiosks/kiosk-heartbeat';
import {
  forgetStoredCredential,
  readStoredCredential,
  storeCredential,
} from './features/kiosks/kiosk-credential';
import { useMessages } from './i18n/language';
import { describeRequestFailure } from './request-failure';
import { queryKeys } from './query-keys';

export function App() {
  const messages = useMessages();
  const queryClient = useQueryClient();
  const [credential, setCredential] = useState<string | null>(readStoredCredential);
  // Set by a 401 on any call or by the live stream's `kiosk-revoked`, before the next heartbeat.
  const [isRevoked, setIsRevoked] = useState(false);
  const heartbeat = useHeartbeat(credential);
  useScreenWakeLock();

  const checkServerNow = () => {
    if (credential !== null) void heartbeat.refetch();
  };
  const isOffline = useIsOffline(isNetworkFailure(heartbeat.error), checkServerNow);

  const adoptCredential = (nextCredential: string) => {
    forgetLastHeartbeat();
    storeCredential(nextCredential);
    setIsRevoked(false);
    setCredential(nextCredential);
  };

  const pairAgain = () => {
    forgetStoredCredential();
    forgetLastHeartbeat();
    queryClient.removeQueries({ queryKey: queryKeys.heartbeat.all });
    setIsRevoked(false);
    setCredential(null);
  };

  if (credential === null) return <PairingScreen onPaired={adoptCredential} />;
  if (isRevoked || isUnauthorized(heartbeat.error))
    return <RevokedScreen onPairAgain={pairAgain} />;

  if (heartbeat.data === undefined) {
    if (heartbeat.isError) {
      return (
        <main className="kiosk-screen kiosk-message">
          <h1 className="kiosk-message__title">{messages.connection.unreachableTitle}</h1>
          <p className="kiosk-message__detail" role="status">
            {describeRequestFailure(heartbeat.error, messages)}
          </p>
          <Button
            type="button"
            size="large"
            className="kiosk-button"
            onClick={checkServerNow}
            disabled={heartbeat.isFetching}
          >
            {heartbeat.isFetching ? messages.common.retrying : messages.common.retry}
          </Button>
        </main>
      );
    }
    return (
      <main className="kiosk-screen kiosk-message">
        <p className="kiosk-message__title" role="status">
          {messages.connection.connecting}
        </p>
      </main>
    );
  }

  return (
    <KioskShell
      credential={credential}
      heartbeat={heartbeat.data}
      isOffline={isOffline}
      onUnauthorized={() => setIsRevoked(true)}
      onUnreachable={checkServerNow}
    />
  );
}
