import { addDaysToIsoDate, formatFrenchDate, isoWeekday, maxAnalyticsDays } from '@admz/shared';

export type PeriodKind = 'week' | 'month' | 'custom';
/** Site-calendar days, both included. */
export type Period = { from: string; to: string };

/** Monday to Sunday of the week holding `date`. */
export function weekOf(date: string): Period {
  const from = addDaysToIsoDate(date, 1 - isoWeekday(date));
  return { from, to: addDaysToIsoDate(from, 6) };
}

/** The calendar month holding `date`. */
export function monthOf(date: string): Period {
  const from = `${date.slice(0, 7)}-01`;
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next =
    month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from, to: addDaysToIsoDate(next, -1) };
}

/** The week or month before (-1) or after (+1) `period`. */
export function shiftPeriod(kind: 'week' | 'month', period: Period, direction: 1 | -1): Period {
  if (kind === 'week') return weekOf(addDaysToIsoDate(period.from, 7 * direction));
  return monthOf(
    direction === 1 ? addDaysToIsoDate(period.to, 1) : addDaysToIsoDate(period.from, -1),
  );
}

const monthNames = new Intl.DateTimeFormat('fr-FR', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** « semaine du lundi 1 mars au dimanche 7 mars 2027 », « mars 2027 », « du … au … ». */
export function describePeriod(kind: PeriodKind, period: Period): string {
  if (kind === 'month') {
    return monthNames.format(new Date(`${period.from}T12:00:00Z`));
  }
  if (kind === 'week') {
    return `semaine du ${formatFrenchDate(period.from, { withYear: false })} au ${formatFrenchDate(period.to)}`;
  }
  return `du ${formatFrenchDate(period.from)} au ${formatFrenchDate(period.to)}`;
}

/** Why a custom period cannot be shown, in a sentence; null when it can. */
export function customPeriodProblem(period: Period): string | null {
  if (!period.from || !period.to) return 'Choisissez une date de début et une date de fin.';
  if (period.from > period.to) return 'La date de fin doit suivre la date de début.';
  const days =
    Math.round(
      (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000,
    ) + 1;
  if (days > maxAnalyticsDays) {
    return `La période ne peut dépasser ${maxAnalyticsDays} jours (elle en compte ${days}).`;
  }
  return null;
}

const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 1,
});

/** « 42,5 % », or « — » when there was nothing to measure. */
export const formatRate = (rate: number | null) =>
  rate === null ? '—' : percentFormat.format(rate);
