import {
  openingExceptionInputSchema,
  type OpeningExceptionInput,
  type OpeningHours,
} from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { describeError } from '../../../components/error-state';
import { useFormat } from '../../../i18n/format';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useDeleteOpeningException, usePutOpeningException } from '../hooks/use-opening-hours';
import { describeCancelledBookings } from '../hours-change-messages';
import { useAffectedBookingsConfirmation } from '../hooks/use-affected-bookings-confirmation';
import { siteSettingsMessages } from '../site-settings.messages';
import { AffectedBookingsPanel } from './affected-bookings-panel';

type ExceptionsProps = { siteId: string; today: string; openingHours: OpeningHours };

/** Dated exceptions (closed, or special hours) and the public holidays that close the site. */
export function OpeningExceptionsPanel({ siteId, today, openingHours }: ExceptionsProps) {
  const removeMutation = useDeleteOpeningException(siteId);
  const removal = useAffectedBookingsConfirmation(removeMutation);
  const pendingRemoval = removal.pending;
  // What was removed, and how many bookings that cancelled: the sentence follows the language.
  const [removed, setRemoved] = useState<{ date: string; cancelled: number | null } | null>(null);
  const removedMessageRef = useRef<HTMLDivElement>(null);
  const t = useMessages(siteSettingsMessages).exceptions;
  const format = useFormat();

  // The row and its button are gone: focus goes to the sentence that says so.
  useEffect(() => {
    if (removed) removedMessageRef.current?.focus();
  }, [removed]);

  /** Without a confirmed list, the API answers with the bookings the removal would cancel. */
  function removeException(date: string, isConfirmed: boolean) {
    setRemoved(null);
    const send = isConfirmed ? removal.confirm : removal.send;
    send({ date, isConfirmed }, (cancelled) =>
      setRemoved({ date, cancelled: cancelled ? cancelled.length : null }),
    );
  }
  const removedMessage =
    removed &&
    (removed.cancelled === null
      ? t.removed(format.date(removed.date))
      : `${t.removed(format.date(removed.date))} ${describeCancelledBookings(removed.cancelled, format.language)}`);
  const exceptionDates = new Set(openingHours.exceptions.map((exception) => exception.date));
  const upcoming = openingHours.exceptions.filter((exception) => exception.date >= today);
  return (
    <>
      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>{t.title}</h3>
      {upcoming.length === 0 ? (
        <EmptyState title={t.emptyTitle}>
          <p className={fr.cx('fr-mb-0')}>{t.emptyText}</p>
        </EmptyState>
      ) : (
        <div className="fr-table fr-table--bordered">
          <table>
            <caption className="fr-sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.hours}</th>
                <th scope="col">{t.reason}</th>
                <th scope="col">{t.action}</th>
              </tr>
            </thead>
            <tbody>
              {upcoming.map((exception) => (
                <tr key={exception.date}>
                  <td>{format.date(exception.date)}</td>
                  <td>
                    {exception.isClosed
                      ? t.closed
                      : t.specialHours(exception.opensAt ?? '', exception.closesAt ?? '')}
                  </td>
                  <td>{exception.reason || '—'}</td>
                  <td>
                    <Button
                      size="small"
                      priority="tertiary"
                      iconId="fr-icon-delete-line"
                      disabled={removeMutation.isPending}
                      onClick={() => removeException(exception.date, false)}
                      nativeButtonProps={{
                        'aria-label': t.removeLabel(format.date(exception.date)),
                      }}
                    >
                      {t.remove}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removal.error && <Alert severity="error" small description={describeError(removal.error)} />}
      {removedMessage && (
        <div ref={removedMessageRef} tabIndex={-1}>
          <Alert
            severity="success"
            small
            closable
            onClose={() => setRemoved(null)}
            description={removedMessage}
          />
        </div>
      )}
      {pendingRemoval && (
        <AffectedBookingsPanel
          key={pendingRemoval.variables.date}
          bookings={pendingRemoval.affected}
          change={t.removalChange(format.date(pendingRemoval.variables.date))}
          isConfirming={removal.isConfirming}
          onConfirm={() => removeException(pendingRemoval.variables.date, true)}
          onCancel={removal.cancel}
        />
      )}
      <ExceptionForm siteId={siteId} today={today} />

      <h3 className={fr.cx('fr-h5', 'fr-mt-4w')}>{t.holidaysTitle}</h3>
      <p>{t.holidaysText}</p>
      {openingHours.upcomingHolidays.length === 0 ? (
        <EmptyState title={t.noHolidays} />
      ) : (
        <ul>
          {openingHours.upcomingHolidays.map((holiday) => (
            <li key={holiday.date}>
              {format.date(holiday.date)} — {holiday.name}
              {exceptionDates.has(holiday.date) && t.holidayWithException}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ExceptionForm({ siteId, today }: { siteId: string; today: string }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'closed' | 'special'>('closed');
  const [opensAt, setOpensAt] = useState('09:00');
  const [closesAt, setClosesAt] = useState('17:00');
  const [reason, setReason] = useState('');
  const [validationError, setValidationError] = useState<string | null>(null);
  const [savedDate, setSavedDate] = useState<string | null>(null);
  const mutation = usePutOpeningException(siteId);
  const t = useMessages(siteSettingsMessages).exceptionForm;
  const translate = useSentence();
  const format = useFormat();
  const confirmation = useAffectedBookingsConfirmation(mutation);

  function save(confirm: boolean) {
    const body: OpeningExceptionInput = {
      isClosed: kind === 'closed',
      opensAt: kind === 'closed' ? null : opensAt,
      closesAt: kind === 'closed' ? null : closesAt,
      reason,
      confirm,
    };
    const parsed = openingExceptionInputSchema.safeParse(body);
    if (!date) {
      setValidationError(t.chooseDay);
      return;
    }
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? t.invalid));
      return;
    }
    setValidationError(null);
    setSavedDate(null);
    const send = confirm ? confirmation.confirm : confirmation.send;
    send({ date, body: parsed.data }, () => {
      setSavedDate(date);
      setReason('');
    });
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className={fr.cx('fr-mt-3w')}>
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend fr-h6">{t.legend}</legend>
        <div className="fr-fieldset__element">
          <Input
            label={t.day}
            nativeInputProps={{
              type: 'date',
              min: today,
              value: date,
              required: true,
              onChange: (event) => setDate(event.target.value),
            }}
          />
        </div>
        <div className="fr-fieldset__element">
          <RadioButtons
            legend={t.kind}
            orientation="horizontal"
            options={[
              {
                label: t.closed,
                nativeInputProps: { checked: kind === 'closed', onChange: () => setKind('closed') },
              },
              {
                label: t.special,
                nativeInputProps: {
                  checked: kind === 'special',
                  onChange: () => setKind('special'),
                },
              },
            ]}
          />
        </div>
        {kind === 'special' && (
          <div className="fr-fieldset__element admz-range-row">
            <Input
              label={t.opensAt}
              nativeInputProps={{
                type: 'time',
                value: opensAt,
                onChange: (event) => setOpensAt(event.target.value),
              }}
            />
            <Input
              label={t.closesAt}
              nativeInputProps={{
                type: 'time',
                value: closesAt,
                onChange: (event) => setClosesAt(event.target.value),
              }}
            />
          </div>
        )}
        <div className="fr-fieldset__element">
          <Input
            label={t.reason}
            hintText={t.reasonHint}
            nativeInputProps={{
              value: reason,
              maxLength: 200,
              onChange: (event) => setReason(event.target.value),
            }}
          />
        </div>
      </fieldset>
      {validationError && (
        <Alert severity="error" small description={validationError} className={fr.cx('fr-mb-2w')} />
      )}
      {confirmation.error && (
        <Alert
          severity="error"
          small
          description={describeError(confirmation.error)}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {savedDate && (
        <Alert
          severity="success"
          small
          description={t.saved(format.date(savedDate))}
          className={fr.cx('fr-mb-2w')}
        />
      )}
      {confirmation.pending ? (
        <AffectedBookingsPanel
          bookings={confirmation.pending.affected}
          isConfirming={confirmation.isConfirming}
          onConfirm={() => save(true)}
          onCancel={confirmation.cancel}
        />
      ) : (
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t.saving : t.save}
        </Button>
      )}
    </form>
  );
}
