import { settingsPinSchema, type Kiosk } from '@admz/shared';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { createModal } from '@codegouvfr/react-dsfr/Modal';
import { useState } from 'react';
import { describeError } from '../../../components/error-state';
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

  function save() {
    if (!kiosk) return;
    const parsed = settingsPinSchema.safeParse(settingsPin);
    if (!parsed.success) {
      setPinError(parsed.error.issues[0]?.message ?? 'Code invalide.');
      return;
    }
    setPinError(null);
    onSave(kiosk, parsed.data);
    setSettingsPin('');
  }

  return (
    <settingsPinModal.Component
      title={
        kiosk?.hasSettingsPin ? 'Changer le code des réglages' : 'Définir le code des réglages'
      }
      buttons={[
        { children: 'Annuler', priority: 'secondary' },
        {
          children: isSaving ? 'Enregistrement…' : 'Enregistrer le code',
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
          <p>Le nouveau code remplace l’ancien dès maintenant sur la borne « {kiosk.name} ».</p>
          <SettingsPinInput
            label="Nouveau code des réglages"
            value={settingsPin}
            error={pinError}
            onChange={setSettingsPin}
          />
        </form>
      ) : (
        <p>Aucune borne sélectionnée.</p>
      )}
      {error !== null && error !== undefined && (
        <Alert severity="error" small description={describeError(error)} />
      )}
    </settingsPinModal.Component>
  );
}
