import { createKioskSchema, settingsPinSchema, type KioskPairing } from '@admz/shared';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState, type FormEvent } from 'react';
import { MutationFeedback } from '../../../components/mutation-feedback';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useCreateKiosk } from '../hooks/use-create-kiosk';
import { kiosksMessages } from '../kiosks.messages';
import { SettingsPinInput } from './settings-pin-input';

type CreateKioskFormProps = { siteId: string; onCreated: (pairing: KioskPairing) => void };

export function CreateKioskForm({ siteId, onCreated }: CreateKioskFormProps) {
  const [name, setName] = useState('');
  const [settingsPin, setSettingsPin] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const [pinError, setPinError] = useState<string | null>(null);
  const mutation = useCreateKiosk(siteId);
  const { createForm: t, pinInput } = useMessages(kiosksMessages);
  const translate = useSentence();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = createKioskSchema.safeParse({ name, settingsPin });
    const parsedPin = settingsPinSchema.safeParse(settingsPin);
    const nameIssue = parsed.success
      ? undefined
      : parsed.error.issues.find((issue) => issue.path[0] === 'name');
    setValidationError(nameIssue ? translate(nameIssue.message) : null);
    setPinError(
      parsedPin.success ? null : translate(parsedPin.error.issues[0]?.message ?? pinInput.invalid),
    );
    if (!parsed.success || !parsedPin.success) return;
    mutation.mutate(parsed.data, {
      onSuccess: (pairing) => {
        setName('');
        setSettingsPin('');
        onCreated(pairing);
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Input
        label={t.nameLabel}
        hintText={t.nameHint}
        state={validationError ? 'error' : 'default'}
        stateRelatedMessage={validationError ?? undefined}
        nativeInputProps={{
          value: name,
          maxLength: 80,
          autoComplete: 'off',
          onChange: (event) => setName(event.target.value),
        }}
      />
      <SettingsPinInput
        label={t.pinLabel}
        value={settingsPin}
        error={pinError}
        onChange={setSettingsPin}
      />
      <MutationFeedback mutation={mutation} />
      <Button type="submit" iconId="fr-icon-add-line" disabled={mutation.isPending}>
        {mutation.isPending ? t.creating : t.create}
      </Button>
    </form>
  );
}
