import { settingsPinMaxLength } from '@admz/shared';
import { Input } from '@codegouvfr/react-dsfr/Input';

type SettingsPinInputProps = {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
};

/** 4 to 8 digits, hidden as typed: the code a host types at the door to open a kiosk's settings. */
export function SettingsPinInput({ label, value, error, onChange }: SettingsPinInputProps) {
  return (
    <Input
      label={label}
      hintText="De 4 à 8 chiffres. Il sera demandé sur la tablette pour ouvrir ses réglages ; gardez-le pour les gestionnaires du site."
      state={error ? 'error' : 'default'}
      stateRelatedMessage={error ?? undefined}
      nativeInputProps={{
        type: 'password',
        inputMode: 'numeric',
        autoComplete: 'new-password',
        maxLength: settingsPinMaxLength,
        value,
        onChange: (event) => onChange(event.target.value.replace(/\s/g, '')),
      }}
    />
  );
}
