import { UnprocessableEntityException } from '@nestjs/common';
import {
  formatMinutes,
  slotLabels,
  slotTypeLabels,
  type BookingSlot,
  type CreateBooking,
  type SiteRules,
  type SlotType,
} from '@admz/shared';
import {
  addDaysToIsoDate,
  daysBetweenIsoDates,
  formatFrenchDate,
  isExistingSiteLocalTime,
  isoWeekday,
  siteLocalToInstant,
} from '../common/site-time';
import { describeRanges, isWithinOneRange, type DaySchedule } from '../sites/site-schedule';

export type RequestedSlot = {
  slot: BookingSlot;
  startsAt: Date;
  endsAt: Date;
  localStart: string;
  localEnd: string;
};

const slotTypeWords: Record<SlotType, string> = {
  half_day: 'à la demi-journée',
  full_day: 'à la journée entière',
  hourly: "à l'heure",
};

export function slotTypeOf(slot: BookingSlot): SlotType {
  if (slot === 'hour') return 'hourly';
  return slot === 'day' ? 'full_day' : 'half_day';
}

/** Monday and Sunday of the ISO week holding a site-calendar date. */
export function isoWeekOf(date: string): { monday: string; sunday: string } {
  const monday = addDaysToIsoDate(date, 1 - isoWeekday(date));
  return { monday, sunday: addDaysToIsoDate(monday, 6) };
}

export type RuleCheck = {
  rules: SiteRules;
  /** The requested day and today, both on the site calendar. */
  date: string;
  today: string;
  slot: BookingSlot;
  userId: string;
  deskAssignedUserId: string | null;
  /** The desk's zone, for hourly bookings (offered in some zones only). */
  deskZone?: string;
  /** The person's active bookings at the site in the ISO week of `date`. */
  bookingsThisWeek: number;
};

/** The site rule a booking would break, as the sentence to show, or null when it may go ahead. */
export function findRuleRefusal(check: RuleCheck): string | null {
  const { rules } = check;
  if (check.deskAssignedUserId !== null && check.deskAssignedUserId !== check.userId) {
    return 'Ce poste est attribué à une personne : choisissez-en un autre.';
  }
  const slotType = slotTypeOf(check.slot);
  if (!rules.allowedSlotTypes.includes(slotType)) {
    const offered = rules.allowedSlotTypes.map((type) => slotTypeLabels[type].toLowerCase());
    return (
      `Réservation impossible : ce site ne propose pas les réservations ${slotTypeWords[slotType]} ` +
      `(règle du site ; créneaux proposés : ${offered.join(', ')}).`
    );
  }
  if (
    slotType === 'hourly' &&
    rules.hourlyZones.length > 0 &&
    check.deskZone !== undefined &&
    !rules.hourlyZones.includes(check.deskZone)
  ) {
    return (
      `Réservation impossible : à l'heure, ce site ne propose que les zones ` +
      `${rules.hourlyZones.map((zone) => `« ${zone} »`).join(', ')} (règle du site).`
    );
  }
  if (daysBetweenIsoDates(check.today, check.date) > rules.maxDaysAhead) {
    return (
      `Réservation impossible : on ne peut pas réserver plus de ${rules.maxDaysAhead} jours ` +
      `à l'avance (règle du site).`
    );
  }
  return findWeeklyCapRefusal(rules.maxBookingsPerWeek, check.bookingsThisWeek);
}

/** The weekly maximum's refusal when the person already holds that many bookings, or null. */
export function findWeeklyCapRefusal(
  maxBookingsPerWeek: number | null,
  bookingsThisWeek: number,
): string | null {
  if (maxBookingsPerWeek === null || bookingsThisWeek < maxBookingsPerWeek) return null;
  return (
    `Vous avez atteint le maximum de ${maxBookingsPerWeek} réservations par semaine ` +
    `sur ce site (règle du site).`
  );
}

/** Why a booking can no longer be cancelled under the site's deadline, or null. */
export function findCancellationRefusal(
  rules: SiteRules,
  startsAt: Date,
  now: Date,
): string | null {
  const minutes = rules.cancellationDeadlineMinutes;
  if (minutes === 0 || now.getTime() <= startsAt.getTime() - minutes * 60_000) return null;
  return `Annulation impossible moins de ${formatMinutes(minutes)} avant le début (règle du site).`;
}

/**
 * The times of the requested slot on an open day, or a refusal naming the hours: a day slot must
 * be offered that day; whole hours must fit in one opening range (extended for key holders).
 */
export function resolveRequestedSlot(
  schedule: Extract<DaySchedule, { isOpen: true }>,
  input: Pick<CreateBooking, 'date' | 'slot' | 'startTime' | 'endTime'>,
  timezone: string,
  extendedClosesAt: string | null,
): RequestedSlot {
  const opening = `ce jour-là le site est ouvert ${describeRanges(schedule.ranges)}.`;
  if (input.slot !== 'hour') {
    const slot = schedule.slots.find((candidate) => candidate.slot === input.slot);
    if (!slot) {
      throw new UnprocessableEntityException(
        `Le créneau « ${slotLabels[input.slot]} » est en dehors des horaires d'ouverture : ${opening}`,
      );
    }
    return slot;
  }
  const { startTime: start, endTime: end } = input;
  if (start === undefined || end === undefined) {
    throw new UnprocessableEntityException('Indiquez l’heure de début et l’heure de fin.');
  }
  if (!isWithinOneRange(schedule.ranges, start, end)) {
    const closing = schedule.ranges.at(-1)?.closesAt ?? start;
    const extended = extendedClosesAt?.slice(0, 5) ?? null;
    if (!schedule.isExtended && extended && end > closing && end <= extended) {
      throw new UnprocessableEntityException(
        `Après ${closing}, seuls les détenteurs d'une clé peuvent réserver (horaires étendus du site).`,
      );
    }
    throw new UnprocessableEntityException(
      `Le créneau de ${start} à ${end} est en dehors des horaires d'ouverture : ${opening}`,
    );
  }
  const skipped = [start, end].find((time) => !isExistingSiteLocalTime(input.date, time, timezone));
  if (skipped) {
    throw new UnprocessableEntityException(
      `${skipped} n'existe pas le ${formatFrenchDate(input.date)} sur ce site : les horloges ` +
        `avancent d'une heure cette nuit-là (heure d'été). Choisissez une autre heure.`,
    );
  }
  return {
    slot: 'hour',
    startsAt: siteLocalToInstant(input.date, start, timezone),
    endsAt: siteLocalToInstant(input.date, end, timezone),
    localStart: start,
    localEnd: end,
  };
}
