import { Button } from '@codegouvfr/react-dsfr/Button';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import type { KioskIdentity } from '@admz/shared';
import { appVersion } from '../../../app-version';
import { useMessages } from '../../../i18n/language';
import { useAutoReturn } from '../../check-ins/hooks/use-auto-return';
import { playScanFeedback, unlockScanFeedback } from '../../check-ins/scan-feedback';
import type { KioskSettings } from '../kiosk-settings';

// A visitor who wandered in here must not leave the kiosk stuck away from the camera.
const settingsInactivityMs = 60_000;

type SettingsConfirmationProps = { onConfirm: () => void; onCancel: () => void };

/** The step between a curious visitor and the settings. */
export function SettingsConfirmation({ onConfirm, onCancel }: SettingsConfirmationProps) {
  const messages = useMessages();
  useAutoReturn(settingsInactivityMs / 2, onCancel);
  return (
    <main className="kiosk-screen kiosk-message">
      <div className="kiosk-message__panel">
        <h1 className="kiosk-message__title">{messages.settings.confirmTitle}</h1>
        <p className="kiosk-message__detail">{messages.settings.confirmText}</p>
      </div>
      <div className="kiosk-typing__actions kiosk-message__actions">
        <Button type="button" size="large" className="kiosk-button" onClick={onCancel}>
          {messages.common.cancel}
        </Button>
        <Button
          type="button"
          priority="secondary"
          size="large"
          className="kiosk-button"
          onClick={onConfirm}
        >
          {messages.settings.open}
        </Button>
      </div>
    </main>
  );
}

type SettingsScreenProps = {
  identity: KioskIdentity;
  settings: KioskSettings;
  onChange: (change: Partial<KioskSettings>) => void;
  onClose: () => void;
};

export function SettingsScreen({ identity, settings, onChange, onClose }: SettingsScreenProps) {
  const messages = useMessages();
  useAutoReturn(settingsInactivityMs, onClose, settings);

  const testSound = () => {
    unlockScanFeedback();
    playScanFeedback('success');
  };

  return (
    <main className="kiosk-screen kiosk-settings">
      <div className="kiosk-settings__panel">
        <h1 className="kiosk-setup__title">{messages.settings.title}</h1>
        <ToggleSwitch
          className="kiosk-settings__toggle"
          label={messages.settings.preventLeaving}
          helperText={messages.settings.preventLeavingHint}
          checked={settings.isLeaveGuardOn}
          onChange={(isLeaveGuardOn) => onChange({ isLeaveGuardOn })}
          showCheckedHint={false}
        />
        <ToggleSwitch
          className="kiosk-settings__toggle"
          label={messages.settings.sound}
          helperText={messages.settings.soundHint}
          checked={settings.isSoundOn}
          onChange={(isSoundOn) => onChange({ isSoundOn })}
          showCheckedHint={false}
        />
        <Button
          type="button"
          priority="secondary"
          onClick={testSound}
          disabled={!settings.isSoundOn}
        >
          {messages.settings.testSound}
        </Button>
        <p className="kiosk-settings__about">
          {messages.settings.about(identity.name, identity.site.name, appVersion)}
        </p>
        <Button type="button" size="large" className="kiosk-button" onClick={onClose}>
          {messages.settings.close}
        </Button>
      </div>
    </main>
  );
}
