import { addDaysToIsoDate, isoWeekday, maxAnalyticsDays } from '@admz/shared';
import { formatDate, formatMonth } from '../../i18n/format';
import { localeOf, type Language } from '../../i18n/language';
import { analyticsMessages } from './analytics.messages';

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

/** « semaine du lundi 1 mars au dimanche 7 mars 2027 », « mars 2027 », « du … au … ». */
export function describePeriod(
  kind: PeriodKind,
  period: Period,
  language: Language = 'fr',
): string {
  const text = analyticsMessages[language].period;
  if (kind === 'month') return formatMonth(period.from.slice(0, 7), language);
  if (kind === 'week') {
    return text.week(
      formatDate(period.from, language, { withYear: false }),
      formatDate(period.to, language),
    );
  }
  return text.custom(formatDate(period.from, language), formatDate(period.to, language));
}

/** Why a custom period cannot be shown, in a sentence; null when it can. */
export function customPeriodProblem(period: Period, language: Language = 'fr'): string | null {
  const text = analyticsMessages[language].period;
  if (!period.from || !period.to) return text.missingDates;
  if (period.from > period.to) return text.endBeforeStart;
  const days =
    Math.round(
      (Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000,
    ) + 1;
  if (days > maxAnalyticsDays) {
    return text.tooLong(maxAnalyticsDays, days);
  }
  return null;
}

const percentFormats = {
  fr: new Intl.NumberFormat(localeOf.fr, { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(localeOf.en, { style: 'percent', maximumFractionDigits: 1 }),
};

/** « 42,5 % » / « 42.5% », or « — » when there was nothing to measure. */
export const formatRate = (rate: number | null, language: Language = 'fr') =>
  rate === null ? '—' : percentFormats[language].format(rate);
