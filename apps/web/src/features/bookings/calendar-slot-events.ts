import type { AvailabilitySummary, Slot } from '@admz/shared';
import { domainLabels } from '../../i18n/domain-labels.messages';
import type { Language } from '../../i18n/language';
import { toWallClockDate } from '../../lib/date-time';
import { myBookingsMessages } from './my-bookings.messages';

export type SlotEventState = 'free' | 'full' | 'mine' | 'past';

export type SlotEvent = {
  title: string;
  start: Date;
  end: Date;
  /** The full day sits in the all-day row, above its two halves. */
  allDay: boolean;
  date: string;
  slot: Slot;
  state: SlotEventState;
  freeDeskCount: number;
};

type SummarySlot = AvailabilitySummary['days'][number]['slots'][number];

/**
 * The summary gives each slot the caller's booking that overlaps it: a morning booking overlaps
 * the morning and the whole day, a full-day booking all three. The person holds one of them: the
 * half the booking is in alone, or the whole day when it is in both halves. The slots that merely
 * overlap it are left out (the person cannot book them, and « Journée · votre réservation » above
 * a morning booking says what is not so).
 */
function slotsOfTheDay(slots: SummarySlot[]): SummarySlot[] {
  const bookingOf = (name: Slot) => slots.find((slot) => slot.slot === name)?.myBookingId ?? null;
  const morning = bookingOf('morning');
  const afternoon = bookingOf('afternoon');
  const isWholeDay = (id: string) =>
    slots.every((slot) => slot.slot === 'day' || slot.myBookingId === id) &&
    slots.some((slot) => slot.slot === 'day' && slot.myBookingId === id);
  return slots.filter((slot) => {
    const id = slot.myBookingId;
    if (id === null) return true;
    if (slot.slot === 'day') return id !== morning && id !== afternoon ? true : isWholeDay(id);
    // A half whose booking is the whole day's is shown by the day alone.
    return !isWholeDay(id);
  });
}

/** One calendar event per day and slot, titled so that the state reads without colour. */
export function toSlotEvents(summary: AvailabilitySummary, language: Language = 'fr'): SlotEvent[] {
  return summary.days.flatMap((day) =>
    slotsOfTheDay(day.slots).map((slot): SlotEvent => {
      const state: SlotEventState = slot.myBookingId
        ? 'mine'
        : slot.isPast
          ? 'past'
          : slot.freeDeskCount === 0
            ? 'full'
            : 'free';
      return {
        title: describeSlot(
          domainLabels[language].slot[slot.slot],
          state,
          slot.freeDeskCount,
          language,
        ),
        start: toWallClockDate(slot.startsAt, summary.timezone),
        end: toWallClockDate(slot.endsAt, summary.timezone),
        allDay: slot.slot === 'day',
        date: day.date,
        slot: slot.slot,
        state,
        freeDeskCount: slot.freeDeskCount,
      };
    }),
  );
}

function describeSlot(
  label: string,
  state: SlotEventState,
  freeDeskCount: number,
  language: Language,
): string {
  const { slotEvents } = myBookingsMessages[language];
  switch (state) {
    case 'mine':
      return slotEvents.mine(label);
    case 'past':
      return slotEvents.past(label);
    case 'full':
      return slotEvents.full(label);
    case 'free':
      return slotEvents.free(label, freeDeskCount);
  }
}
