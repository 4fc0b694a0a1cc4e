import {
  eventTypeLabels,
  slotLabels,
  splitIsoDate,
  type BookingSlot,
  type EventType,
} from '@admz/shared';
import { createEvent, createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDaysToIsoDate, formatSiteTime } from '../common/site-time';

/** What an iCalendar event of a booking needs; built from the booking, its site and desk. */
export type BookingEventInput = {
  bookingId: string;
  startsAt: Date;
  endsAt: Date;
  slot: BookingSlot;
  deskLabel: string;
  zone: string;
  siteName: string;
  siteAddress: string;
  accessInfo: string;
  timezone: string;
  /** Where the person finds the QR code of the booking. */
  passUrl: string;
};

export type ClosureEventInput = {
  siteId: string;
  siteName: string;
  siteAddress: string;
  date: string;
  reason: string;
};

export type CalendarPerson = { name: string; email: string };

const productId = '-//AdmZ//Reservations de postes//FR';

/** Stable per booking: a calendar updates or removes the same event when it sees it again. */
export function bookingEventUid(bookingId: string): string {
  return `reservation-${bookingId}@admz.beta.gouv.fr`;
}

export function bookingEventSummary(input: Pick<BookingEventInput, 'deskLabel' | 'siteName'>) {
  return `AdmZ — poste ${input.deskLabel} (${input.siteName})`;
}

function describeBookingEvent(input: BookingEventInput): string {
  const from = formatSiteTime(input.startsAt, input.timezone);
  const to = formatSiteTime(input.endsAt, input.timezone);
  return [
    `${slotLabels[input.slot]}, de ${from} à ${to} (heure locale du site, ${input.timezone}).`,
    `Poste ${input.deskLabel}, zone ${input.zone}, ${input.siteName}.`,
    input.accessInfo ? `Accès : ${input.accessInfo}` : '',
    `QR code d'arrivée : ${input.passUrl}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Instants in UTC (`…Z`): every client places them right, whatever the site's timezone. */
function bookingEvent(input: BookingEventInput): EventAttributes {
  return {
    uid: bookingEventUid(input.bookingId),
    title: bookingEventSummary(input),
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: input.siteAddress ? `${input.siteName}, ${input.siteAddress}` : input.siteName,
    description: describeBookingEvent(input),
    url: input.passUrl,
    busyStatus: 'BUSY',
    transp: 'OPAQUE',
    productId,
  };
}

function unwrap(result: { error: Error | null; value: string | null }): string {
  if (result.error || result.value === null) {
    throw result.error ?? new Error('iCalendar generation failed');
  }
  return foldLinesByOctets(result.value);
}

/**
 * RFC 5545 §3.1 folds content lines at 75 octets; `ics` counts characters, so a French line
 * with accents runs longer. Unfold, then fold again on octets, never inside a character.
 */
export function foldLinesByOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      let limit = 75;
      for (const character of line) {
        const size = Buffer.byteLength(character);
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
          limit = 74; // continuation lines start with one space
        }
        current += character;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/**
 * The `.ics` attached to a booking mail: METHOD:REQUEST adds it to the calendar, METHOD:CANCEL
 * (same UID, higher SEQUENCE) removes it — as Outlook and Thunderbird expect of an invitation.
 */
export function buildBookingInvitation(
  input: BookingEventInput,
  method: 'REQUEST' | 'CANCEL',
  organizer: CalendarPerson,
  attendee: CalendarPerson,
): string {
  return buildInvitation(bookingEvent(input), method, organizer, attendee);
}

/** An event a person registered to, as calendars show it. */
export type EventCalendarInput = {
  eventId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  siteName: string;
  siteAddress: string;
  /** The space, worded: « zone Atelier », or a room's name. */
  zone: string;
  timezone: string;
  eventUrl: string;
  /** Given to people registered remotely. */
  visioUrl: string | null;
};

/** Stable per event: the invitation, its cancellation and the feed share it. */
export function eventCalendarUid(eventId: string): string {
  return `evenement-${eventId}@admz.beta.gouv.fr`;
}

function eventEntry(input: EventCalendarInput): EventAttributes {
  const from = formatSiteTime(input.startsAt, input.timezone);
  const to = formatSiteTime(input.endsAt, input.timezone);
  return {
    uid: eventCalendarUid(input.eventId),
    title: `AdmZ — ${input.title}`,
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: input.visioUrl
      ? input.visioUrl
      : input.siteAddress
        ? `${input.siteName}, ${input.siteAddress}`
        : input.siteName,
    description: [
      `De ${from} à ${to} (heure locale du site, ${input.timezone}).`,
      `${input.siteName}, ${input.zone}.`,
      input.visioUrl ? `À distance : ${input.visioUrl}` : '',
      `L'événement : ${input.eventUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    url: input.eventUrl,
    busyStatus: 'BUSY',
    transp: 'OPAQUE',
    productId,
  };
}

/** The `.ics` of an event mail: REQUEST adds it, CANCEL (same UID, higher SEQUENCE) removes it. */
export function buildEventInvitation(
  input: EventCalendarInput,
  method: 'REQUEST' | 'CANCEL',
  organizer: CalendarPerson,
  attendee: CalendarPerson,
): string {
  return buildInvitation(eventEntry(input), method, organizer, attendee);
}

/** A room booked for a group, as calendars show it (the booker's and each named person's). */
export type RoomBookingCalendarInput = {
  roomBookingId: string;
  title: string;
  roomName: string;
  startsAt: Date;
  endsAt: Date;
  siteName: string;
  siteAddress: string;
  timezone: string;
  url: string;
};

/** Stable per room booking: the invitation, its cancellation and the feeds share it. */
export function roomBookingCalendarUid(roomBookingId: string): string {
  return `salle-${roomBookingId}@admz.beta.gouv.fr`;
}

function roomBookingEntry(input: RoomBookingCalendarInput): EventAttributes {
  const from = formatSiteTime(input.startsAt, input.timezone);
  const to = formatSiteTime(input.endsAt, input.timezone);
  return {
    uid: roomBookingCalendarUid(input.roomBookingId),
    title: `AdmZ — ${input.title} (${input.roomName})`,
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: input.siteAddress
      ? `${input.roomName}, ${input.siteName}, ${input.siteAddress}`
      : `${input.roomName}, ${input.siteName}`,
    description: [
      `De ${from} à ${to} (heure locale du site, ${input.timezone}).`,
      `${input.roomName}, ${input.siteName}.`,
    ].join('\n'),
    url: input.url,
    busyStatus: 'BUSY',
    transp: 'OPAQUE',
    productId,
  };
}

/** The `.ics` of a room mail: REQUEST adds it, CANCEL (same UID, higher SEQUENCE) removes it. */
export function buildRoomBookingInvitation(
  input: RoomBookingCalendarInput,
  method: 'REQUEST' | 'CANCEL',
  organizer: CalendarPerson,
  attendee: CalendarPerson,
): string {
  return buildInvitation(roomBookingEntry(input), method, organizer, attendee);
}

/** A person's subscription feed: their bookings, the events they registered to, their rooms. */
export function buildBookingsFeed(
  inputs: BookingEventInput[],
  calendarName: string,
  events: EventCalendarInput[] = [],
  rooms: RoomBookingCalendarInput[] = [],
): string {
  return buildCalendar(
    [
      ...inputs.map((input) => ({
        ...bookingEvent(input),
        status: 'CONFIRMED' as const,
        sequence: 0,
      })),
      ...events.map((input) => ({
        ...eventEntry(input),
        status: 'CONFIRMED' as const,
        sequence: 0,
      })),
      ...rooms.map((input) => ({
        ...roomBookingEntry(input),
        status: 'CONFIRMED' as const,
        sequence: 0,
      })),
    ],
    calendarName,
  );
}

/** A public event of the agenda, as anyone's calendar shows it: no visio link, no person. */
export type PublicEventCalendarInput = {
  eventId: string;
  title: string;
  description: string;
  type: EventType;
  themes: string[];
  startsAt: Date;
  endsAt: Date;
  siteName: string;
  siteAddress: string;
  timezone: string;
  hasVisio: boolean;
  /** Cancelled after its approval: the entry stays, so that subscribed calendars strike it out. */
  isCancelled: boolean;
  /** When the event last changed: its DTSTAMP, so that an unchanged feed is the same bytes. */
  changedAt: Date;
  /** Where to register, after logging in. */
  eventUrl: string;
};

function publicEventEntry(input: PublicEventCalendarInput): EventAttributes & {
  timestamp: number;
} {
  const from = formatSiteTime(input.startsAt, input.timezone);
  const to = formatSiteTime(input.endsAt, input.timezone);
  return {
    uid: eventCalendarUid(input.eventId),
    title: input.isCancelled ? `Annulé : ${input.title}` : input.title,
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    timestamp: input.changedAt.getTime(),
    location: input.siteAddress ? `${input.siteName}, ${input.siteAddress}` : input.siteName,
    description: [
      input.isCancelled ? 'Cet événement est annulé.' : '',
      `${eventTypeLabels[input.type]}, de ${from} à ${to} (heure locale du site, ${input.timezone}).`,
      input.hasVisio ? 'Sur place, ou à distance en visio.' : 'Sur place.',
      input.description,
      input.isCancelled ? '' : `S'inscrire : ${input.eventUrl}`,
    ]
      .filter(Boolean)
      .join('\n'),
    categories: [eventTypeLabels[input.type], ...input.themes],
    url: input.eventUrl,
    // The cancellation is a new version of the same entry (same UID, higher sequence).
    status: input.isCancelled ? 'CANCELLED' : 'CONFIRMED',
    sequence: input.isCancelled ? 1 : 0,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    productId,
  };
}

/** The public agenda of a site or of the network, to subscribe to. */
export function buildPublicEventsFeed(
  events: PublicEventCalendarInput[],
  calendarName: string,
): string {
  return buildCalendar(events.map(publicEventEntry), calendarName);
}

export function closureEventUid(siteId: string, date: string): string {
  return `fermeture-${siteId}-${date}@admz.beta.gouv.fr`;
}

/** A site's closures as all-day events (DTEND is the next day: the end is exclusive). */
export function buildClosuresFeed(closures: ClosureEventInput[], calendarName: string): string {
  return buildCalendar(
    closures.map((closure) => ({
      uid: closureEventUid(closure.siteId, closure.date),
      title: `${closure.siteName} fermé${closure.reason ? ` — ${closure.reason}` : ''}`,
      start: toDateArray(closure.date),
      end: toDateArray(nextDate(closure.date)),
      location: closure.siteAddress
        ? `${closure.siteName}, ${closure.siteAddress}`
        : closure.siteName,
      description: `Le site ${closure.siteName} est fermé ce jour-là${closure.reason ? ` : ${closure.reason}` : ''}.`,
      status: 'CONFIRMED',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
      productId,
    })),
    calendarName,
  );
}

function buildCalendar(events: EventAttributes[], calendarName: string): string {
  return unwrap(createEvents(events, { productId, method: 'PUBLISH', calName: calendarName }));
}

function toDateArray(date: string): DateArray {
  return splitIsoDate(date);
}

function nextDate(date: string): string {
  return addDaysToIsoDate(date, 1);
}

/**
 * An entry sent as an invitation: METHOD:REQUEST adds it to the calendar, METHOD:CANCEL (same
 * UID, higher SEQUENCE) removes it — as Outlook and Thunderbird expect.
 */
function buildInvitation(
  entry: EventAttributes,
  method: 'REQUEST' | 'CANCEL',
  organizer: CalendarPerson,
  attendee: CalendarPerson,
): string {
  return unwrap(
    createEvent({
      ...entry,
      method,
      status: method === 'REQUEST' ? 'CONFIRMED' : 'CANCELLED',
      sequence: method === 'REQUEST' ? 0 : 1,
      organizer,
      attendees: [{ ...attendee, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
    }),
  );
}
