import { fr, type FrCxArg } from '@codegouvfr/react-dsfr';
import { Select } from '@codegouvfr/react-dsfr/Select';

export type FilterOption = { value: string; label: string };

type FilterSelectProps = {
  label: string;
  /** The form field's name (the address parameter it stands for). */
  name: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option, which sets no filter (« Tous les … »); none when a value is required. */
  anyLabel?: string;
  options: readonly FilterOption[];
  /** The column of the filters' grid row it takes from medium screens up. */
  columnClass: FrCxArg;
};

/** One filter of a list page: a labelled select in a grid column, « all » first. */
export function FilterSelect({
  label,
  name,
  value,
  onChange,
  anyLabel,
  options,
  columnClass,
}: FilterSelectProps) {
  return (
    <div className={fr.cx('fr-col-12', columnClass)}>
      <Select
        label={label}
        nativeSelectProps={{ name, value, onChange: (change) => onChange(change.target.value) }}
      >
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}
