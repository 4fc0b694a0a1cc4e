import type { Availability } from '@admz/shared';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMessages } from '../../../i18n/language';
import { myBookingsMessages } from '../my-bookings.messages';

type DeskSelectProps = {
  desks: Availability['desks'];
  value: string;
  onChange: (deskId: string) => void;
  name: string;
};

/** « Poste »: the site's desks as « label — zone », for the forms that book one desk. */
export function DeskSelect({ desks, value, onChange, name }: DeskSelectProps) {
  const { deskSelect } = useMessages(myBookingsMessages);
  return (
    <Select
      label={deskSelect.label}
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
