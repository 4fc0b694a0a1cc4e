import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { addDaysToIsoDate, formatFrenchDate, isRealDate } from '@admz/shared';

type DayPickerProps = {
  date: string;
  today: string;
  /** The next open day, when known: « Jour suivant » jumps over closed days to it. */
  nextDate?: string | null;
  onChangeDate: (date: string) => void;
};

/** Bookings are for today onwards: the picker does not go back before today. */
export function DayPicker({ date, today, nextDate, onChangeDate }: DayPickerProps) {
  const canGoBack = date > today;
  return (
    <div>
      <Input
        label="Jour"
        hintText={formatFrenchDate(date)}
        nativeInputProps={{
          type: 'date',
          name: 'date',
          value: date,
          min: today,
          onChange: (event) => {
            const value = event.target.value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) onChangeDate(value);
          },
        }}
      />
      <ul className="admz-day-nav" aria-label="Changer de jour">
        <li>
          <Button
            priority="secondary"
            size="small"
            iconId="fr-icon-arrow-left-s-line"
            disabled={!canGoBack}
            onClick={() => onChangeDate(addDaysToIsoDate(date, -1))}
          >
            Jour précédent
          </Button>
        </li>
        <li>
          <Button
            priority="tertiary"
            size="small"
            disabled={date === today}
            onClick={() => onChangeDate(today)}
          >
            Aujourd'hui
          </Button>
        </li>
        <li>
          <Button
            priority="secondary"
            size="small"
            iconId="fr-icon-arrow-right-s-line"
            iconPosition="right"
            onClick={() => onChangeDate(nextDate ?? addDaysToIsoDate(date, 1))}
          >
            Jour suivant
          </Button>
        </li>
      </ul>
    </div>
  );
}
