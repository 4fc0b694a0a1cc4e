import type { SlotTimes } from '@admz/shared';

const minutesOf = (time: string): number | null => {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

export const formatHour = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

export type SelectableHours = {
  /** Whole hours a booking may start at: from the first whole hour after opening to closing − 1 h. */
  startHours: string[];
  /** Whole hours a booking may end at, after `start` (or after the first start hour). */
  endHours: string[];
};

/**
 * The whole hours one can pick between `opensAt` and `closesAt` (site-local « HH:MM »).
 * 09:00–19:00 gives start hours 09:00…18:00 and end hours from the chosen start + 1 h to 19:00.
 * Opening at 08:30 starts at 09:00; closing at 18:30 ends at 18:00.
 */
export function listSelectableHours(
  opensAt: string,
  closesAt: string,
  start?: string,
): SelectableHours {
  const opens = minutesOf(opensAt);
  const closes = minutesOf(closesAt);
  if (opens === null || closes === null) return { startHours: [], endHours: [] };
  const firstHour = Math.ceil(opens / 60);
  const lastHour = Math.floor(closes / 60);
  const startHours: string[] = [];
  for (let hour = firstHour; hour < lastHour; hour += 1) startHours.push(formatHour(hour));
  if (startHours.length === 0) return { startHours, endHours: [] };

  const chosenHour =
    start !== undefined && startHours.includes(start) ? Number(start.slice(0, 2)) : firstHour;
  const endHours: string[] = [];
  for (let hour = chosenHour + 1; hour <= lastHour; hour += 1) endHours.push(formatHour(hour));
  return { startHours, endHours };
}

/** The day's opening as site-local times: from the « day » slot's start to its end. */
export function dayOpening(slots: SlotTimes[]): { opensAt: string; closesAt: string } | null {
  const day = slots.find((slot) => slot.slot === 'day');
  return day ? { opensAt: day.localStart, closesAt: day.localEnd } : null;
}
