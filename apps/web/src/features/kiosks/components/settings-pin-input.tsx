import { settingsPinMaxLength } from '@admz/shared';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMessages } from '../../../i18n/language';
import { kiosksMessages } from '../kiosks.messages';

type SettingsPinInputProps = {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
};

/** 4 to 8 digits, hidden as typed: the code a host types at the door to open a kiosk's settings. */
export function SettingsPinInput({ label, value, error, onChange }: SettingsPinInputProps) {
  const t = useMessages(kiosksMessages).pinInput;
  return (
    <Input
      label={label}
      hintText={t.hint}
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
