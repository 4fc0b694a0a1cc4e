import {
  addDaysToIsoDate,
  describeBookingWindow,
  formatFrenchDate,
  lastBookableDate,
  maxSeriesSpanDays,
  type SiteRules,
} from '@admz/shared';

/**
 * The last day a series starting on `from` can reach, and the hint that says why: the site's
 * booking window (`maxDaysAhead` from today) or, when it is wider, the six months of a series.
 */
export function seriesEndHint(
  from: string,
  today: string,
  rules: Pick<SiteRules, 'maxDaysAhead'>,
): { lastDate: string; hint: string } {
  const windowEnd = lastBookableDate(today, rules);
  const spanEnd = addDaysToIsoDate(from, maxSeriesSpanDays);
  if (windowEnd <= spanEnd) {
    return {
      lastDate: windowEnd,
      hint: `Au plus tard le ${formatFrenchDate(windowEnd)} : sur ce site, ${describeBookingWindow(rules)}.`,
    };
  }
  return {
    lastDate: spanEnd,
    hint: `Au plus tard le ${formatFrenchDate(spanEnd)} : une série couvre au plus six mois.`,
  };
}
