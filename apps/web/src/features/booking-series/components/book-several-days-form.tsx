import {
  addDaysToIsoDate,
  createBookingSeriesSchema,
  isoWeekday,
  listSeriesDates,
  siteToday,
  defaultSiteRules,
  slotSchema,
  type Availability,
  type BookingSeriesResult,
  type Site,
  type Slot,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { useDomainLabels } from '../../../i18n/domain-labels.messages';
import { useLanguage } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { bookingSeriesMessages } from '../booking-series.messages';
import { useCreateBookingSeries } from '../hooks/use-create-booking-series';
import { BookingSeriesResultAlert } from './booking-series-result-alert';
import { DeskSelect } from '../../bookings/components/desk-select';
import { useSiteRules } from '../../hourly-booking/hooks/use-site-rules';
import { seriesEndHint } from '../series-end-hint';

type BookSeveralDaysFormProps = { site: Site; availability: Availability; date: string };

const weekdays = [1, 2, 3, 4, 5, 6, 7];

/** « Réserver plusieurs jours »: the same desk and slot on chosen weekdays until a date. */
export function BookSeveralDaysForm({ site, availability, date }: BookSeveralDaysFormProps) {
  const createSeriesMutation = useCreateBookingSeries();
  const language = useLanguage();
  const { form: texts } = bookingSeriesMessages[language];
  const translate = useSentence();
  const labels = useDomainLabels();
  const [deskId, setDeskId] = useState(availability.desks[0]?.id ?? '');
  const [slot, setSlot] = useState<Slot>('day');
  const [chosenWeekdays, setChosenWeekdays] = useState<number[]>([isoWeekday(date)]);
  // null until the person picks an end: four weeks, or less when the site's window is shorter.
  const [chosenUntil, setUntil] = useState<string | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<BookingSeriesResult | null>(null);
  const rulesQuery = useSiteRules(site.id);
  // Until the rules arrive, the defaults: the hint is right for most sites at once.
  const endHint = seriesEndHint(
    date,
    siteToday(site.timezone),
    rulesQuery.data ?? defaultSiteRules,
    language,
  );
  const fourWeeksLater = addDaysToIsoDate(date, 28);
  const until =
    chosenUntil ?? (fourWeeksLater < endHint.lastDate ? fourWeeksLater : endHint.lastDate);

  const activeDeskId = availability.desks.some((desk) => desk.id === deskId)
    ? deskId
    : (availability.desks[0]?.id ?? '');
  const input = {
    siteId: site.id,
    deskId: activeDeskId,
    slot,
    weekdays: chosenWeekdays,
    from: date,
    until,
  };
  const parsed = createBookingSeriesSchema.safeParse(input);
  const dateCount = parsed.success ? listSeriesDates(date, until, chosenWeekdays).length : 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    setResult(null);
    if (!parsed.success) {
      setIssues(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [
            String(issue.path[0] ?? ''),
            translate(issue.message),
          ]),
        ),
      );
      return;
    }
    setIssues({});
    createSeriesMutation.mutate(parsed.data, { onSuccess: setResult });
  }

  function toggleWeekday(weekday: number, isChecked: boolean) {
    setChosenWeekdays((current) =>
      isChecked
        ? [...current, weekday].sort()
        : current.filter((candidate) => candidate !== weekday),
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={texts.label}
      aria-describedby="several-days-help"
    >
      <p id="several-days-help" className={fr.cx('fr-text--sm')}>
        {texts.help}
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <DeskSelect
            desks={availability.desks}
            value={activeDeskId}
            onChange={setDeskId}
            name="series-desk"
          />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <Select
            label={texts.slot}
            nativeSelectProps={{
              value: slot,
              onChange: (event) => setSlot(slotSchema.parse(event.target.value)),
              name: 'series-slot',
            }}
          >
            {slotSchema.options.map((option) => (
              <option key={option} value={option}>
                {labels.slot[option]}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Checkbox
        legend={texts.weekdays}
        orientation="horizontal"
        state={issues.weekdays ? 'error' : 'default'}
        stateRelatedMessage={issues.weekdays}
        options={weekdays.map((weekday) => ({
          label: labels.isoWeekday[weekday],
          nativeInputProps: {
            name: 'series-weekdays',
            value: String(weekday),
            checked: chosenWeekdays.includes(weekday),
            onChange: (event) => toggleWeekday(weekday, event.target.checked),
          },
        }))}
      />
      <Input
        label={texts.until}
        hintText={endHint.hint}
        state={issues.until ? 'error' : 'default'}
        stateRelatedMessage={issues.until}
        nativeInputProps={{
          type: 'date',
          name: 'series-until',
          value: until,
          min: date,
          max: endHint.lastDate,
          onChange: (event) => setUntil(event.target.value),
        }}
      />
      <Button
        type="submit"
        iconId="fr-icon-calendar-line"
        disabled={createSeriesMutation.isPending || activeDeskId === ''}
      >
        {createSeriesMutation.isPending
          ? texts.booking
          : dateCount > 0
            ? texts.bookCount(dateCount)
            : texts.book}
      </Button>
      {createSeriesMutation.isError && (
        <Alert
          className={fr.cx('fr-mt-2w')}
          severity="error"
          small
          description={describeError(createSeriesMutation.error)}
        />
      )}
      {result && <BookingSeriesResultAlert result={result} onClose={() => setResult(null)} />}
    </form>
  );
}
