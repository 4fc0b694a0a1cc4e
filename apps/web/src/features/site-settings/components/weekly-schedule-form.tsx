import { replaceWeeklyOpeningSchema, type WeeklyOpening } from '@admz/shared';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../components/error-state';
import { useMessages } from '../../../i18n/language';
import { useSentence } from '../../../i18n/sentences';
import { useReplaceWeeklyOpening } from '../hooks/use-opening-hours';
import { useAffectedBookingsConfirmation } from '../hooks/use-affected-bookings-confirmation';
import { siteSettingsMessages } from '../site-settings.messages';
import { AffectedBookingsPanel } from './affected-bookings-panel';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
type Weekday = (typeof weekdays)[number];
type Range = { key: number; opensAt: string; closesAt: string };
type Week = Record<Weekday, Range[]>;

let nextKey = 1;
const toWeek = (weekly: WeeklyOpening[]): Week => {
  const rangesOf = (weekday: Weekday) =>
    weekly
      .filter((range) => range.weekday === weekday)
      .map((range) => ({ key: nextKey++, opensAt: range.opensAt, closesAt: range.closesAt }));
  return {
    1: rangesOf(1),
    2: rangesOf(2),
    3: rangesOf(3),
    4: rangesOf(4),
    5: rangesOf(5),
    6: rangesOf(6),
    7: rangesOf(7),
  };
};

/** The week, one row per day, each with as many opening ranges as the host needs. */
export function WeeklyScheduleForm({
  siteId,
  weekly,
}: {
  siteId: string;
  weekly: WeeklyOpening[];
}) {
  const [week, setWeek] = useState<Week>(() => toWeek(weekly));
  const [validationError, setValidationError] = useState<string | null>(null);
  const [saved, setSaved] = useState<'saved' | 'savedAndCancelled' | null>(null);
  const mutation = useReplaceWeeklyOpening(siteId);
  const t = useMessages(siteSettingsMessages).weekly;
  const translate = useSentence();
  const confirmation = useAffectedBookingsConfirmation(mutation);

  const updateRange = (weekday: Weekday, key: number, change: Partial<Range>) =>
    setWeek((current) => ({
      ...current,
      [weekday]: current[weekday].map((range) =>
        range.key === key ? { ...range, ...change } : range,
      ),
    }));
  const addRange = (weekday: Weekday) =>
    setWeek((current) => {
      const last = current[weekday].at(-1);
      const range = last
        ? {
            key: nextKey++,
            opensAt: last.closesAt < '19:00' ? last.closesAt : '19:00',
            closesAt: '20:00',
          }
        : { key: nextKey++, opensAt: '09:00', closesAt: '19:00' };
      return { ...current, [weekday]: [...current[weekday], range] };
    });
  const removeRange = (weekday: Weekday, key: number) =>
    setWeek((current) => ({
      ...current,
      [weekday]: current[weekday].filter((range) => range.key !== key),
    }));

  function save(confirm: boolean) {
    const body = {
      weekly: Object.entries(week).flatMap(([weekday, ranges]) =>
        ranges.map((range) => ({
          weekday: Number(weekday),
          opensAt: range.opensAt,
          closesAt: range.closesAt,
        })),
      ),
      confirm,
    };
    const parsed = replaceWeeklyOpeningSchema.safeParse(body);
    if (!parsed.success) {
      setValidationError(translate(parsed.error.issues[0]?.message ?? t.invalid));
      return;
    }
    setValidationError(null);
    setSaved(null);
    const send = confirm ? confirmation.confirm : confirmation.send;
    send(parsed.data, (cancelled) => setSaved(cancelled ? 'savedAndCancelled' : 'saved'));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    save(false);
  }

  const serverError = confirmation.error ? describeError(confirmation.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="weekly-hint">
      <p id="weekly-hint" className={fr.cx('fr-hint-text', 'fr-mb-2w')}>
        {t.hint}
      </p>
      <div className="fr-table fr-table--bordered">
        <table>
          <caption className="fr-sr-only">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.ranges}</th>
            </tr>
          </thead>
          <tbody>
            {weekdays.map((weekday) => {
              const dayName = t.weekdays[weekday - 1] ?? '';
              return (
                <tr key={weekday}>
                  <th scope="row" style={{ textTransform: 'capitalize' }}>
                    {dayName}
                  </th>
                  <td>
                    {week[weekday].length === 0 && <p className={fr.cx('fr-mb-1w')}>{t.closed}</p>}
                    {week[weekday].map((range, index) => (
                      <div key={range.key} className="admz-range-row">
                        <label className="fr-label" htmlFor={`opens-${weekday}-${range.key}`}>
                          <span className="fr-sr-only">{t.range(dayName, index + 1)}</span>
                          {t.from}
                        </label>
                        <input
                          className="fr-input admz-time-input"
                          type="time"
                          id={`opens-${weekday}-${range.key}`}
                          value={range.opensAt}
                          required
                          onChange={(event) =>
                            updateRange(weekday, range.key, { opensAt: event.target.value })
                          }
                        />
                        <label className="fr-label" htmlFor={`closes-${weekday}-${range.key}`}>
                          <span className="fr-sr-only">{t.range(dayName, index + 1)}</span>
                          {t.to}
                        </label>
                        <input
                          className="fr-input admz-time-input"
                          type="time"
                          id={`closes-${weekday}-${range.key}`}
                          value={range.closesAt}
                          required
                          onChange={(event) =>
                            updateRange(weekday, range.key, { closesAt: event.target.value })
                          }
                        />
                        <Button
                          type="button"
                          size="small"
                          priority="tertiary no outline"
                          iconId="fr-icon-delete-line"
                          title={t.removeRangeTitle(index + 1, dayName)}
                          onClick={() => removeRange(weekday, range.key)}
                        >
                          {t.removeRange}
                        </Button>
                      </div>
                    ))}
                    <Button
                      type="button"
                      size="small"
                      priority="secondary"
                      iconId="fr-icon-add-line"
                      onClick={() => addRange(weekday)}
                      nativeButtonProps={{ 'aria-label': t.addRangeLabel(dayName) }}
                    >
                      {t.addRange}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {validationError && (
        <Alert severity="error" small description={validationError} className={fr.cx('fr-mb-2w')} />
      )}
      {serverError && (
        <Alert severity="error" small description={serverError} className={fr.cx('fr-mb-2w')} />
      )}
      {saved && (
        <Alert severity="success" small description={t[saved]} className={fr.cx('fr-mb-2w')} />
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
