import type { KioskIdentity } from '@admz/shared';
import { useState } from 'react';
import { unlockSettings } from '../../kiosks/kiosks.api';
import type { KioskSettings } from '../kiosk-settings';
import { SettingsScreen, SettingsUnlock } from './settings-screens';

type SettingsFlowProps = {
  credential: string;
  identity: KioskIdentity;
  isOffline: boolean;
  settings: KioskSettings;
  onChange: (change: Partial<KioskSettings>) => void;
  /** Back to the check-in loop: the settings are locked again (this component unmounts). */
  onClose: () => void;
};

/**
 * The settings behind the kiosk's settings code: the code screen first, the settings only once
 * the API accepted the code. The unlock lives in this component's state alone, so leaving the
 * settings (or 2 minutes without a touch, which leaves them) locks them again.
 */
export function SettingsFlow({
  credential,
  identity,
  isOffline,
  settings,
  onChange,
  onClose,
}: SettingsFlowProps) {
  const [isUnlocked, setIsUnlocked] = useState(false);
  if (!isUnlocked) {
    return (
      <SettingsUnlock
        isOffline={isOffline}
        verifyPin={(settingsPin) => unlockSettings(credential, settingsPin)}
        onUnlocked={() => setIsUnlocked(true)}
        onCancel={onClose}
      />
    );
  }
  return (
    <SettingsScreen identity={identity} settings={settings} onChange={onChange} onClose={onClose} />
  );
}
