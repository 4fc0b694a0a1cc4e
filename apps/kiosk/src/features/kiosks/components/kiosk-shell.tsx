import type { LiveEvent } from '@admz/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { CheckInFlow } from '../../check-ins/components/check-in-flow';
import { unlockScanFeedback } from '../../check-ins/scan-feedback';
import { useLiveEvents } from '../../live/hooks/use-live-events';
import { applyLiveEvent } from '../../live/live-identity';
import { OfflineBanner } from '../../offline/components/offline-banner';
import { useOfflineQueue } from '../../offline/hooks/use-offline-queue';
import { SettingsFlow } from '../../settings/components/settings-flow';
import { useKioskSettings } from '../../settings/hooks/use-kiosk-settings';
import { useLeaveGuard } from '../../settings/hooks/use-leave-guard';
import { queryKeys } from '../../../query-keys';
import type { Heartbeat } from '../kiosk-heartbeat';

type KioskShellProps = {
  credential: string;
  heartbeat: Heartbeat;
  isOffline: boolean;
  onUnauthorized: () => void;
  onUnreachable: () => void;
};

/** A paired kiosk at work: the check-in loop, the offline banner, live updates and settings. */
export function KioskShell({
  credential,
  heartbeat,
  isOffline,
  onUnauthorized,
  onUnreachable,
}: KioskShellProps) {
  const queryClient = useQueryClient();
  const { settings, updateSettings } = useKioskSettings();
  // The settings open behind their code (SettingsFlow); closing them locks them again.
  const [isInSettings, setIsInSettings] = useState(false);
  const offlineQueue = useOfflineQueue(credential, {
    heartbeatReceivedAt: heartbeat.receivedAt,
    isOffline,
    onUnauthorized,
  });
  useLeaveGuard(settings.isLeaveGuardOn);

  const applyEvent = (event: LiveEvent) => {
    if (event.type === 'kiosk-revoked') {
      if (event.kioskId === heartbeat.identity.kioskId) onUnauthorized();
      return;
    }
    queryClient.setQueryData<Heartbeat>(queryKeys.heartbeat.of(credential), (current) =>
      current === undefined
        ? current
        : { ...current, identity: applyLiveEvent(current.identity, event) },
    );
  };
  useLiveEvents(credential, isOffline, { onEvent: applyEvent, onUnauthorized });

  // Browsers allow sound only after a gesture: the first touch anywhere arms it.
  useEffect(() => {
    const unlock = () => unlockScanFeedback();
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);
    return () => {
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
  }, []);

  const closeSettings = () => setIsInSettings(false);

  return (
    <div className="kiosk-shell">
      <OfflineBanner isOffline={isOffline} queue={offlineQueue} />
      {isInSettings && (
        <SettingsFlow
          credential={credential}
          identity={heartbeat.identity}
          isOffline={isOffline}
          settings={settings}
          onChange={updateSettings}
          onClose={closeSettings}
        />
      )}
      {!isInSettings && (
        <CheckInFlow
          credential={credential}
          heartbeat={heartbeat}
          offlineQueue={offlineQueue}
          isOffline={isOffline}
          isSoundOn={settings.isSoundOn}
          onUnauthorized={onUnauthorized}
          onUnreachable={onUnreachable}
          onOpenSettings={() => setIsInSettings(true)}
        />
      )}
    </div>
  );
}
