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
  | { isOpen: true; closedReason: null; hours: DayHours; slots: ScheduledSlot[] };

type ScheduleInput = {
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
};

const hhmm = (time: string) => time.slice(0, 5);

/**
 * The slots a site offers on a day, computed in the site's own timezone: the morning ends and
 * the afternoon starts at `middayAt`; a day that does not span midday offers the full day only.
 */
export function computeDaySchedule(input: ScheduleInput): DaySchedule {
  const { date, timezone, exception } = input;
  let hours: DayHours | null;
  if (exception?.isClosed) {
    const reason = exception.reason ? ` (${exception.reason})` : '';
    return {
      isOpen: false,
      closedReason: `Le site est exceptionnellement fermé le ${formatFrenchDate(date)}${reason}.`,
      slots: [],
    };
  }
  if (exception && exception.opensAt && exception.closesAt) {
    hours = { opensAt: hhmm(exception.opensAt), closesAt: hhmm(exception.closesAt) };
  } else {
    const weekly = input.weekly.find((day) => day.weekday === isoWeekday(date));
    hours = weekly ? { opensAt: hhmm(weekly.opensAt), closesAt: hhmm(weekly.closesAt) } : null;
  }
  if (!hours) {
    return {
      isOpen: false,
      closedReason: `Le site est fermé le ${formatFrenchDate(date)}.`,
      slots: [],
    };
  }
  const midday = hhmm(input.middayAt);
  const makeSlot = (slot: Slot, from: string, to: string): ScheduledSlot => ({
    slot,
    startsAt: siteLocalToInstant(date, from, timezone),
    endsAt: siteLocalToInstant(date, to, timezone),
    localStart: from,
    localEnd: to,
  });
  const slots: ScheduledSlot[] = [];
  if (hours.opensAt < midday && midday < hours.closesAt) {
    slots.push(
      makeSlot('morning', hours.opensAt, midday),
      makeSlot('afternoon', midday, hours.closesAt),
    );
  }
  slots.push(makeSlot('day', hours.opensAt, hours.closesAt));
  return { isOpen: true, closedReason: null, hours, slots };
}
