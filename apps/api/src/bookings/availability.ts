import { createHash } from 'node:crypto';
import type { Availability, DeskSlotState, Slot } from '@admz/shared';
import {
  addDaysToIsoDate,
  formatSiteTime,
  siteLocalToInstant,
  siteToday,
} from '../common/site-time';
import type { listZonesHeldOnDay } from '../events/event-queries';
import type { SiteDayRow } from '../sites/site-day-queries';
import type { SiteDay } from '../sites/sites.service';
import type { listActiveBookingsOfDay, listBookableDesks } from './booking-queries';
import { findRuleRefusal } from './booking-rules';

/** What every person's availability of one day of a site shares: cached per process. */
export type AvailabilityDay = {
  /** The site's row with its hours, the day's exception and rules, read for nobody. */
  siteDay: SiteDayRow;
  desks: Awaited<ReturnType<typeof listBookableDesks>>;
  bookings: Awaited<ReturnType<typeof listActiveBookingsOfDay>>;
  heldZones: Awaited<ReturnType<typeof listZonesHeldOnDay>>;
};

/** One person's answer, as sent: its JSON, a strong ETag, and until when time leaves it true. */
export type AvailabilityView = {
  document: Availability;
  /** Encoded once: each answer sends these bytes as they are. */
  body: Buffer;
  etag: string;
  /** The clock's instant it was computed at: a clock set back (tests) computes it again. */
  computedAt: number;
  /** The next slot's end or the site's next midnight (« today » moves the rules' horizon). */
  validUntil: number;
};

const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) =>
  a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/** The availability of a day for one person: their bookings show as « mine », rules apply. */
export function composeAvailability(input: {
  day: AvailabilityDay;
  siteDay: Pick<SiteDay, 'site' | 'schedule' | 'rules'>;
  userId: string;
  bookingsThisWeek: number;
  date: string;
  now: Date;
}): Availability {
  const { day, userId, date, now, bookingsThisWeek } = input;
  const { site, schedule, rules } = input.siteDay;
  const { bookings, heldZones } = day;
  // Computed once: formatting a date in a timezone is costly, and this runs per desk and slot.
  const today = siteToday(site.timezone, now);
  // Slots the site's rules keep this person from booking show as unavailable.
  const isRefusedByRules = (slot: Slot, deskAssignedUserId: string | null) =>
    findRuleRefusal({
      rules,
      date,
      today,
      slot,
      userId,
      deskAssignedUserId,
      bookingsThisWeek: rules.maxBookingsPerWeek === null ? 0 : bookingsThisWeek,
    }) !== null;
  const bookingsByDesk = new Map<string, typeof bookings>();
  for (const booking of bookings) {
    bookingsByDesk.set(booking.deskId, [...(bookingsByDesk.get(booking.deskId) ?? []), booking]);
  }
  return {
    siteId: site.id,
    date,
    timezone: site.timezone,
    isOpen: schedule.isOpen,
    closedReason: schedule.closedReason,
    slots: schedule.slots.map((slot) => ({
      slot: slot.slot,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
      localStart: slot.localStart,
      localEnd: slot.localEnd,
      isPast: slot.endsAt <= now,
    })),
    desks: day.desks.map((desk) => {
      const deskBookings = bookingsByDesk.get(desk.id) ?? [];
      const stateOf = (slotName: Slot): DeskSlotState => {
        const slot = schedule.slots.find((candidate) => candidate.slot === slotName);
        if (!slot) return 'unavailable';
        const holders = deskBookings.filter((booking) => overlaps(booking, slot));
        if (holders.some((booking) => booking.userId === userId)) return 'mine';
        if (holders.length > 0) return 'taken';
        const isHeld = heldZones.some((held) => held.zone === desk.zone && overlaps(held, slot));
        if (isHeld || isRefusedByRules(slotName, desk.assignedUserId)) return 'unavailable';
        return slot.endsAt <= now ? 'unavailable' : 'free';
      };
      return {
        id: desk.id,
        label: desk.label,
        zone: desk.zone,
        attributes: desk.attributes,
        planPosition: desk.planPosition,
        states: {
          morning: stateOf('morning'),
          afternoon: stateOf('afternoon'),
          day: stateOf('day'),
        },
      };
    }),
    heldZones: heldZones.map((held) => ({
      zone: held.zone,
      eventId: held.eventId,
      title: held.title,
      localStart: formatSiteTime(held.startsAt, site.timezone),
      localEnd: formatSiteTime(held.endsAt, site.timezone),
    })),
  };
}

/** The document as sent, with its ETag and how long the passing time leaves it true. */
export function toAvailabilityView(
  document: Availability,
  siteDay: Pick<SiteDay, 'site' | 'schedule'>,
  now: Date,
): AvailabilityView {
  const body = Buffer.from(JSON.stringify(document));
  const { timezone } = siteDay.site;
  const nextMidnight = siteLocalToInstant(
    addDaysToIsoDate(siteToday(timezone, now), 1),
    '00:00',
    timezone,
  ).getTime();
  const nextSlotEnd = siteDay.schedule.slots
    .map((slot) => slot.endsAt.getTime())
    .filter((endsAt) => endsAt > now.getTime());
  return {
    document,
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    computedAt: now.getTime(),
    validUntil: Math.min(nextMidnight, ...nextSlotEnd),
  };
}
