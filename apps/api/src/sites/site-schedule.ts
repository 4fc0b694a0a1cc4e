import type { Slot } from '@admz/shared';
import { formatFrenchDate, isoWeekday, siteLocalToInstant } from '../common/site-time';

export type DayHours = { opensAt: string; closesAt: string };
export type ScheduledSlot = {
  slot: Slot;
  startsAt: Date;
  endsAt: Date;
  localStart: string;
  localEnd: string;
};
export type DaySchedule =
  | { isOpen: false; closedReason: string; slots: [] }
  | {
      isOpen: true;
      closedReason: null;
      /** From the first opening to the last closing. */
      hours: DayHours;
      /** The opening ranges of the day, in order (a lunch break splits the day in two). */
      ranges: DayHours[];
      /** True when the last range was extended to the extended closing time (key holders). */
      isExtended: boolean;
      slots: ScheduledSlot[];
    };

export type ScheduleInput = {
  date: string;
  timezone: string;
  middayAt: string;
  weekly: { weekday: number; opensAt: string; closesAt: string }[];
  exception: {
    isClosed: boolean;
    opensAt: string | null;
    closesAt: string | null;
    reason: string;
  } | null;
  /** The public holiday on that date in the site's region: closes the day unless an exception opens it. */
  holiday?: { name: string } | null;
  /** Extended closing time, passed for key holders only: the last range runs until then. */
  extendedClosesAt?: string | null;
};

const hhmm = (time: string) => time.slice(0, 5);

/** « de 09:00 à 12:30 et de 13:30 à 19:00 »: a day's ranges in a sentence. */
export function describeRanges(ranges: DayHours[]): string {
  return ranges.map((range) => `de ${range.opensAt} à ${range.closesAt}`).join(' et ');
}

/** The part of [from, to) covered by the ranges, as one span from its first to its last minute. */
function clipToRanges(ranges: DayHours[], from: string, to: string): DayHours | null {
  const parts = ranges
    .map((range) => ({
      opensAt: range.opensAt > from ? range.opensAt : from,
      closesAt: range.closesAt < to ? range.closesAt : to,
    }))
    .filter((part) => part.opensAt < part.closesAt);
  const [first] = parts;
  const last = parts.at(-1);
  return first && last ? { opensAt: first.opensAt, closesAt: last.closesAt } : null;
}

/**
 * The slots a site offers on a day, computed in the site's own timezone. The morning runs from
 * the first opening to `middayAt`, the afternoon from `middayAt` to the last closing, each clipped
 * to the opening ranges; a day whose ranges all fall on one side of midday offers the full day only.
 */
export function computeDaySchedule(input: ScheduleInput): DaySchedule {
  const { date, timezone, exception } = input;
  if (exception?.isClosed) {
    const reason = exception.reason ? ` (${exception.reason})` : '';
    return {
      isOpen: false,
      closedReason: `Le site est exceptionnellement fermé le ${formatFrenchDate(date)}${reason}.`,
      slots: [],
    };
  }
  let ranges: DayHours[];
  if (exception && exception.opensAt && exception.closesAt) {
    ranges = [{ opensAt: hhmm(exception.opensAt), closesAt: hhmm(exception.closesAt) }];
  } else if (input.holiday) {
    return {
      isOpen: false,
      closedReason: `Le site est fermé le ${formatFrenchDate(date)} (Jour férié : ${input.holiday.name}).`,
      slots: [],
    };
  } else {
    const weekday = isoWeekday(date);
    ranges = input.weekly
      .filter((range) => range.weekday === weekday)
      .map((range) => ({ opensAt: hhmm(range.opensAt), closesAt: hhmm(range.closesAt) }))
      .sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  }
  const [first] = ranges;
  const last = ranges.at(-1);
  if (!first || !last) {
    return {
      isOpen: false,
      closedReason: `Le site est fermé le ${formatFrenchDate(date)}.`,
      slots: [],
    };
  }
  const extended = input.extendedClosesAt ? hhmm(input.extendedClosesAt) : null;
  const isExtended = extended !== null && extended > last.closesAt;
  if (isExtended) ranges = [...ranges.slice(0, -1), { opensAt: last.opensAt, closesAt: extended }];

  const hours = { opensAt: first.opensAt, closesAt: isExtended ? extended : last.closesAt };
  const midday = hhmm(input.middayAt);
  const makeSlot = (slot: Slot, span: DayHours): ScheduledSlot => ({
    slot,
    startsAt: siteLocalToInstant(date, span.opensAt, timezone),
    endsAt: siteLocalToInstant(date, span.closesAt, timezone),
    localStart: span.opensAt,
    localEnd: span.closesAt,
  });
  const slots: ScheduledSlot[] = [];
  const morning = clipToRanges(ranges, hours.opensAt, midday);
  const afternoon = clipToRanges(ranges, midday, hours.closesAt);
  if (morning && afternoon) {
    slots.push(makeSlot('morning', morning), makeSlot('afternoon', afternoon));
  }
  slots.push(makeSlot('day', hours));
  return { isOpen: true, closedReason: null, hours, ranges, isExtended, slots };
}

/** Whether [start, end) (site-local `HH:MM`) lies within one opening range of the day. */
export function isWithinOneRange(ranges: DayHours[], start: string, end: string): boolean {
  return ranges.some((range) => range.opensAt <= start && end <= range.closesAt);
}

type SiteLifetime = {
  name: string;
  kind: 'permanent' | 'temporary';
  startsOn: string | null;
  endsOn: string | null;
  archivedAt: Date | null;
};

/** Why an archived site takes no booking. */
export const siteArchivedSentence = (siteName: string) =>
  `${siteName} est archivé : il n'accepte plus de réservation.`;

/** Why a desk taken out of booking by the hosts is refused. */
export const deskWithdrawnSentence = (deskLabel: string) =>
  `Le poste ${deskLabel} n’est plus proposé à la réservation : choisissez-en un autre.`;

/**
 * Why a site takes no booking on `date` whatever its hours say — it is archived, or the day is
 * outside a temporary site's dates — or null. Every booking path reads the day's schedule, so
 * the day is closed there with this sentence.
 */
export function siteLifetimeClosure(site: SiteLifetime, date: string): string | null {
  if (site.archivedAt !== null) return siteArchivedSentence(site.name);
  if (site.kind === 'temporary' && site.startsOn !== null && site.endsOn !== null) {
    if (date >= site.startsOn && date <= site.endsOn) return null;
    const period =
      site.startsOn === site.endsOn
        ? `que le ${formatFrenchDate(site.startsOn)}`
        : `que du ${formatFrenchDate(site.startsOn)} au ${formatFrenchDate(site.endsOn)}`;
    return `${site.name} n'accueille des agents ${period} : choisissez un jour dans cette période.`;
  }
  return null;
}

/** The day's schedule, closed with the reason when the site's lifetime excludes the day. */
export function withinSiteLifetime(
  site: SiteLifetime,
  date: string,
  schedule: DaySchedule,
): DaySchedule {
  const closedReason = siteLifetimeClosure(site, date);
  return closedReason === null ? schedule : { isOpen: false, closedReason, slots: [] };
}
