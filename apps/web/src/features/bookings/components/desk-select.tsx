import type { Availability } from '@admz/shared';
import { Select } from '@codegouvfr/react-dsfr/Select';

type DeskSelectProps = {
  desks: Availability['desks'];
  value: string;
  onChange: (deskId: string) => void;
  name: string;
};

/** « Poste »: the site's desks as « label — zone », for the forms that book one desk. */
export function DeskSelect({ desks, value, onChange, name }: DeskSelectProps) {
  return (
    <Select
      label="Poste"
      nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value), name }}
    >
      {desks.map((desk) => (
        <option key={desk.id} value={desk.id}>
          {desk.label} — {desk.zone}
        </option>
      ))}
    </Select>
  );
}
