import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { addDaysToIsoDate, isRealDate } from '@admz/shared';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { sitesMessages } from '../sites.messages';

type DayPickerProps = {
  date: string;
  today: string;
  /** The next open day, when known: « Jour suivant » jumps over closed days to it. */
  nextDate?: string | null;
  onChangeDate: (date: string) => void;
};

/** Bookings are for today onwards: the picker does not go back before today. */
export function DayPicker({ date, today, nextDate, onChangeDate }: DayPickerProps) {
  const { dayPicker: texts } = useMessages(sitesMessages);
  const format = useFormat();
  const canGoBack = date > today;
  return (
    <div>
      <Input
        label={texts.label}
        hintText={format.date(date)}
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
      <ul className="admz-day-nav" aria-label={texts.changeDay}>
        <li>
          <Button
            priority="secondary"
            size="small"
            iconId="fr-icon-arrow-left-s-line"
            disabled={!canGoBack}
            onClick={() => onChangeDate(addDaysToIsoDate(date, -1))}
          >
            {texts.previous}
          </Button>
        </li>
        <li>
          <Button
            priority="tertiary"
            size="small"
            disabled={date === today}
            onClick={() => onChangeDate(today)}
          >
            {texts.today}
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
            {texts.next}
          </Button>
        </li>
      </ul>
    </div>
  );
}
