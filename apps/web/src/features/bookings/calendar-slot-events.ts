import { slotLabels, type AvailabilitySummary, type Slot } from '@admz/shared';
import { toWallClockDate } from '../../lib/date-time';

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

/** One calendar event per day and slot, titled so that the state reads without colour. */
export function toSlotEvents(summary: AvailabilitySummary): SlotEvent[] {
  return summary.days.flatMap((day) =>
    day.slots.map((slot): SlotEvent => {
      const state: SlotEventState = slot.myBookingId
        ? 'mine'
        : slot.isPast
          ? 'past'
          : slot.freeDeskCount === 0
            ? 'full'
            : 'free';
      return {
        title: describeSlot(slotLabels[slot.slot], state, slot.freeDeskCount),
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

function describeSlot(label: string, state: SlotEventState, freeDeskCount: number): string {
  switch (state) {
    case 'mine':
      return `${label} · votre réservation`;
    case 'past':
      return `${label} · passé`;
    case 'full':
      return `${label} · complet`;
    case 'free':
      return `${label} · ${freeDeskCount} ${freeDeskCount === 1 ? 'poste libre' : 'postes libres'}`;
  }
}
