import {
  createBookingSchema,
  formatSiteTime,
  type Availability,
  type Booking,
  type Site,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../../components/error-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { hourlyBookingMessages } from '../hourly-booking.messages';
import { useCreateBooking } from '../../bookings/hooks/use-create-booking';
import { useSiteRules } from '../hooks/use-site-rules';
import { describeHourlyZones, listHourlyDesks } from '../hourly-desks';
import { dayOpening, listSelectableHours } from '../selectable-hours';
import { DeskSelect } from '../../bookings/components/desk-select';

type HourlyBookingFormProps = { site: Site; availability: Availability; date: string };

/** « Réserver à l'heure »: shown only where the site's rules allow hourly bookings. */
export function HourlyBookingForm(props: HourlyBookingFormProps) {
  const rulesQuery = useSiteRules(props.site.id);
  const texts = useMessages(hourlyBookingMessages);
  if (!rulesQuery.data?.allowedSlotTypes.includes('hourly')) return null;
  return (
    <Accordion label={texts.title} titleAs="h3">
      <HourlyBookingFields {...props} hourlyZones={rulesQuery.data.hourlyZones} />
    </Accordion>
  );
}

type Outcome = { kind: 'success'; booking: Booking } | { kind: 'error'; error: unknown };

type HourlyBookingFieldsProps = HourlyBookingFormProps & {
  /** The site's rule: only these zones by the hour (empty = every zone). */
  hourlyZones: string[];
};

function HourlyBookingFields({ site, availability, date, hourlyZones }: HourlyBookingFieldsProps) {
  const createBookingMutation = useCreateBooking();
  const texts = useMessages(hourlyBookingMessages);
  const translate = useSentence();
  const format = useFormat();
  const desks = listHourlyDesks(availability.desks, hourlyZones);
  const zonesSentence = describeHourlyZones(hourlyZones, format.language);
  const [deskId, setDeskId] = useState(desks[0]?.id ?? '');
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [validationMessage, setValidationMessage] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // Move focus to the outcome so keyboard and screen-reader users hear it at once.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const opening = dayOpening(availability.slots);
  const activeDeskId = desks.some((desk) => desk.id === deskId) ? deskId : (desks[0]?.id ?? '');
  const { startHours } = listSelectableHours(opening?.opensAt ?? '', opening?.closesAt ?? '');
  const activeStart = startHours.includes(startTime) ? startTime : (startHours[0] ?? '');
  const { endHours } = listSelectableHours(
    opening?.opensAt ?? '',
    opening?.closesAt ?? '',
    activeStart,
  );
  const activeEnd = endHours.includes(endTime) ? endTime : (endHours[0] ?? '');
  // While the page loads another day or site, the previous availability stays on screen.
  const isCurrent = availability.siteId === site.id && availability.date === date;
  const canBook = isCurrent && activeDeskId !== '' && activeStart !== '' && activeEnd !== '';

  function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const parsed = createBookingSchema.safeParse({
      siteId: site.id,
      deskId: activeDeskId,
      date,
      slot: 'hour',
      startTime: activeStart,
      endTime: activeEnd,
    });
    if (!parsed.success) {
      setValidationMessage(translate(parsed.error.issues[0]?.message ?? texts.checkHours));
      return;
    }
    setValidationMessage(null);
    createBookingMutation.mutate(parsed.data, {
      onSuccess: (booking) => setOutcome({ kind: 'success', booking }),
      onError: (error) => setOutcome({ kind: 'error', error }),
    });
  }

  if (!opening || startHours.length === 0) {
    return <p className={fr.cx('fr-mb-0')}>{texts.noWholeHour}</p>;
  }
  if (desks.length === 0) {
    return (
      <p className={fr.cx('fr-mb-0')}>
        {zonesSentence} {texts.noDeskInZones}
      </p>
    );
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={texts.title}
      aria-describedby="hourly-booking-help"
    >
      <p id="hourly-booking-help" className={fr.cx('fr-text--sm')}>
        {texts.help(format.date(date), opening.opensAt, opening.closesAt)}
        {zonesSentence && ` ${zonesSentence}`}
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          <DeskSelect desks={desks} value={activeDeskId} onChange={setDeskId} name="hourly-desk" />
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <Select
            label={texts.from}
            nativeSelectProps={{
              value: activeStart,
              onChange: (event) => setStartTime(event.target.value),
              name: 'hourly-start',
            }}
          >
            {startHours.map((hour) => (
              <option key={hour} value={hour}>
                {hour}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3')}>
          <Select
            label={texts.to}
            state={validationMessage ? 'error' : 'default'}
            stateRelatedMessage={validationMessage ?? undefined}
            nativeSelectProps={{
              value: activeEnd,
              onChange: (event) => setEndTime(event.target.value),
              name: 'hourly-end',
            }}
          >
            {endHours.map((hour) => (
              <option key={hour} value={hour}>
                {hour}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Button
        type="submit"
        iconId="fr-icon-time-line"
        disabled={createBookingMutation.isPending || !canBook}
      >
        {createBookingMutation.isPending ? texts.booking : texts.book(activeStart, activeEnd)}
      </Button>
      {outcome && (
        <div ref={outcomeRef} tabIndex={-1} className={fr.cx('fr-mt-2w')}>
          {outcome.kind === 'success' ? (
            <Alert
              severity="success"
              small
              closable
              onClose={() => setOutcome(null)}
              description={<HourlySuccess booking={outcome.booking} />}
            />
          ) : (
            <Alert
              severity="error"
              small
              closable
              onClose={() => setOutcome(null)}
              description={describeError(outcome.error)}
            />
          )}
        </div>
      )}
    </form>
  );
}

function HourlySuccess({ booking }: { booking: Booking }) {
  const texts = useMessages(hourlyBookingMessages);
  const timezone = booking.site.timezone;
  return (
    <>
      {texts.success(
        booking.desk.label,
        formatSiteTime(booking.startsAt, timezone),
        formatSiteTime(booking.endsAt, timezone),
      )}{' '}
      <Link className={fr.cx('fr-link')} to="/mes-reservations">
        {texts.myBookings}
      </Link>
    </>
  );
}
