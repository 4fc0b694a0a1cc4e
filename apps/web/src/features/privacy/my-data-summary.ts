import type { AccountDeletion, MyData, RetentionPeriods } from '@admz/shared';
import type { Language } from '../../i18n/language';
import { privacyMessages } from './privacy.messages';

/**
 * What deleting the account will do, one sentence per effect, from what the person holds now:
 * the confirmation names it before anything happens.
 */
export function describeDeletionEffects(
  data: MyData,
  now: Date = new Date(),
  language: Language = 'fr',
): string[] {
  const messages = privacyMessages[language].deletionEffects;
  const upcoming = data.bookings.filter(
    (booking) => booking.status === 'confirmed' && Date.parse(booking.endsAt) > now.getTime(),
  ).length;
  const ongoing = data.bookings.filter((booking) => booking.status === 'checked_in').length;
  const activeSeries = data.bookingSeries.filter((series) => series.cancelledAt === null).length;
  const waiting = data.waitlistEntries.filter((entry) => entry.status === 'waiting').length;
  const past = data.bookings.length - upcoming;
  const effects: string[] = [];
  if (upcoming > 0) effects.push(messages.upcomingBookings(upcoming));
  if (ongoing > 0) effects.push(messages.ongoingBooking);
  if (activeSeries > 0) effects.push(messages.series(activeSeries));
  if (waiting > 0) effects.push(messages.waitlists(waiting));
  const today = now.toISOString().slice(0, 10);
  const registeredEvents = data.eventRegistrations.filter(
    (registration) => registration.status !== 'cancelled' && registration.date >= today,
  ).length;
  if (registeredEvents > 0) effects.push(messages.events(registeredEvents));
  const upcomingRooms = data.roomBookings.filter(
    (booking) => booking.status === 'confirmed' && booking.endsAt > now.toISOString(),
  ).length;
  if (upcomingRooms > 0) effects.push(messages.roomBookings(upcomingRooms));
  if (data.eventProposals.length > 0) effects.push(messages.proposals(data.eventProposals.length));
  if (past > 0) effects.push(messages.pastBookings(past));
  const hosted = data.siteRoles.filter((role) => role.role === 'host').length;
  const keys = data.siteRoles.filter((role) => role.role === 'key_holder').length;
  if (hosted > 0) effects.push(messages.hostedSites(hosted));
  if (keys > 0) effects.push(messages.keys(keys));
  if (data.assignedDesks.length > 0)
    effects.push(messages.assignedDesks(data.assignedDesks.length));
  if (data.calendarFeed.isActive) effects.push(messages.calendarFeed);
  effects.push(messages.identity);
  return effects;
}

/** The deletion's answer, in sentences, for the page that follows it. */
export function describeAccountDeletion(
  deletion: AccountDeletion,
  language: Language = 'fr',
): string[] {
  const messages = privacyMessages[language].accountDeletion;
  const lines: string[] = [];
  if (deletion.cancelledBookings > 0)
    lines.push(messages.cancelledBookings(deletion.cancelledBookings));
  if (deletion.leftWaitlists > 0) lines.push(messages.leftWaitlists(deletion.leftWaitlists));
  if (deletion.leftEvents > 0) lines.push(messages.leftEvents(deletion.leftEvents));
  if (deletion.cancelledRoomBookings > 0) {
    lines.push(messages.cancelledRoomBookings(deletion.cancelledRoomBookings));
  }
  if (deletion.anonymisedBookings > 0) {
    lines.push(messages.anonymisedBookings(deletion.anonymisedBookings));
  }
  return lines;
}

export type RetentionRow = { what: string; howLong: string };

/** The personal data page's table: what is kept, and for how long, in this deployment. */
export function describeRetentionPeriods(
  periods: RetentionPeriods,
  language: Language = 'fr',
): RetentionRow[] {
  const messages = privacyMessages[language].retention;
  return [
    { what: messages.presenceWhat, howLong: messages.presenceHowLong(periods.presenceMonths) },
    { what: messages.bookingsWhat, howLong: messages.bookingsHowLong(periods.bookingsMonths) },
    { what: messages.accountWhat, howLong: messages.accountHowLong },
    {
      what: messages.sessionsWhat,
      howLong: messages.sessionsHowLong(periods.sessionDays, periods.expiredSessionsDays),
    },
    { what: messages.jobsWhat, howLong: messages.days(periods.jobsDays) },
    { what: messages.outboxWhat, howLong: messages.days(periods.outboxDays) },
  ];
}
