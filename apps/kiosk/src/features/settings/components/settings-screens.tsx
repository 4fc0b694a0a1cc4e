import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { settingsPinMaxLength, type KioskIdentity } from '@admz/shared';
import { useState, type FormEvent } from 'react';
import { appVersion } from '../../../app-version';
import { useMessages } from '../../../i18n/language';
import { useAutoReturn } from '../../check-ins/hooks/use-auto-return';
import { playScanFeedback, unlockScanFeedback } from '../../check-ins/scan-feedback';
import type { KioskSettings } from '../kiosk-settings';

/** Unlocked settings lock again after this long without a touch (and whenever they are left). */
export const settingsIdleLockMs = 120_000;
// A visitor who wandered onto the code screen must not leave the kiosk stuck away from the camera.
const unlockInactivityMs = 30_000;

type SettingsUnlockProps = {
  isOffline: boolean;
  /** Resolves when the API accepts the code; rejects with the API's sentence otherwise. */
  verifyPin: (settingsPin: string) => Promise<void>;
  onUnlocked: () => void;
  onCancel: () => void;
};

/**
 * The settings are a host's: they open only with the kiosk's settings code, checked by the API
 * (which counts wrong codes and locks the settings for 5 minutes after the fifth). Offline they
 * stay closed. Nothing of the settings is rendered before the code is accepted.
 */
export function SettingsUnlock({
  isOffline,
  verifyPin,
  onUnlocked,
  onCancel,
}: SettingsUnlockProps) {
  const messages = useMessages();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  useAutoReturn(isChecking ? null : unlockInactivityMs, onCancel, pin);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isChecking) return;
    if (pin === '') {
      setProblem(messages.settings.pinMissing);
      return;
    }
    setIsChecking(true);
    try {
      await verifyPin(pin);
      onUnlocked();
    } catch (error) {
      setPin('');
      setProblem(error instanceof Error ? error.message : messages.settings.pinMissing);
      setIsChecking(false);
    }
  };

  return (
    <main className="kiosk-screen kiosk-typing">
      <form className="kiosk-typing__form" onSubmit={(event) => void submit(event)} noValidate>
        <h1 className="kiosk-typing__title">{messages.settings.confirmTitle}</h1>
        <p className="kiosk-message__detail">{messages.settings.confirmText}</p>
        {isOffline ? (
          <p className="kiosk-message__detail" role="status">
            {messages.settings.offline}
          </p>
        ) : (
          <Input
            label={messages.settings.pinLabel}
            hintText={messages.settings.pinHint}
            state={problem ? 'error' : 'default'}
            stateRelatedMessage={problem ?? undefined}
            nativeInputProps={{
              type: 'password',
              inputMode: 'numeric',
              autoComplete: 'off',
              autoFocus: true,
              maxLength: settingsPinMaxLength,
              value: pin,
              disabled: isChecking,
              onChange: (event) => {
                setPin(event.target.value.replace(/\D/g, ''));
                setProblem(null);
              },
            }}
          />
        )}
        {/* react-dsfr Button renders type="submit" unless told otherwise: Enter must not hit "Annuler". */}
        <div className="kiosk-typing__actions">
          <Button
            type="button"
            priority="secondary"
            size="large"
            className="kiosk-button"
            onClick={onCancel}
          >
            {messages.common.cancel}
          </Button>
          {!isOffline && (
            <Button type="submit" size="large" className="kiosk-button" disabled={isChecking}>
              {isChecking ? messages.common.checking : messages.settings.open}
            </Button>
          )}
        </div>
      </form>
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
  useAutoReturn(settingsIdleLockMs, onClose, settings);

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
