import {
  addDaysToIsoDate,
  lastBookableDate,
  maxSeriesSpanDays,
  type SiteRules,
} from '@admz/shared';
import { formatBookingWindow, formatDate } from '../../i18n/format';
import type { Language } from '../../i18n/language';
import { bookingSeriesMessages } from './booking-series.messages';

/**
 * The last day a series starting on `from` can reach, and the hint that says why: the site's
 * booking window (`maxDaysAhead` from today) or, when it is wider, the six months of a series.
 */
export function seriesEndHint(
  from: string,
  today: string,
  rules: Pick<SiteRules, 'maxDaysAhead'>,
  language: Language = 'fr',
): { lastDate: string; hint: string } {
  const { endHint } = bookingSeriesMessages[language];
  const windowEnd = lastBookableDate(today, rules);
  const spanEnd = addDaysToIsoDate(from, maxSeriesSpanDays);
  if (windowEnd <= spanEnd) {
    return {
      lastDate: windowEnd,
      hint: endHint.window(formatDate(windowEnd, language), formatBookingWindow(rules, language)),
    };
  }
  return {
    lastDate: spanEnd,
    hint: endHint.span(formatDate(spanEnd, language)),
  };
}
