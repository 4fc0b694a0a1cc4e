import { settingsPinSchema, type Kiosk } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { kiosksMessages } from '../kiosks.messages';
import { SettingsPinInput } from './settings-pin-input';

export const settingsPinModal = createModal({ id: 'settings-pin-modal', isOpenedByDefault: false });

type SettingsPinModalProps = {
  kiosk: Kiosk | null;
  isSaving: boolean;
  error: unknown;
  onSave: (kiosk: Kiosk, settingsPin: string) => void;
};

/** A host sets or changes the code that opens a kiosk's settings at the door. */
export function SettingsPinModal({ kiosk, isSaving, error, onSave }: SettingsPinModalProps) {
  const [settingsPin, setSettingsPin] = useState('');
  const [pinError, setPinError] = useState<string | null>(null);
  const { pinModal: t, pinInput } = useMessages(kiosksMessages);
  const translate = useSentence();

  function save() {
    if (!kiosk) return;
    const parsed = settingsPinSchema.safeParse(settingsPin);
    if (!parsed.success) {
      setPinError(translate(parsed.error.issues[0]?.message ?? pinInput.invalid));
      return;
    }
    setPinError(null);
    onSave(kiosk, parsed.data);
    setSettingsPin('');
  }

  return (
    <settingsPinModal.Component
      title={kiosk?.hasSettingsPin ? t.changeTitle : t.setTitle}
      buttons={[
        { children: t.cancel, priority: 'secondary' },
        {
          children: isSaving ? t.saving : t.save,
          doClosesModal: false,
          disabled: isSaving || kiosk === null,
          onClick: save,
        },
      ]}
    >
      {kiosk ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <p>{t.replaces(kiosk.name)}</p>
          <SettingsPinInput
            label={t.newPinLabel}
            value={settingsPin}
            error={pinError}
            onChange={setSettingsPin}
          />
        </form>
      ) : (
        <p>{t.noKiosk}</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </settingsPinModal.Component>
  );
}
