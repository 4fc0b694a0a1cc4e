import { formatSiteTime, liveEventSchema, type LiveEvent, type LiveEventType } from '@admz/shared';
import type { Language } from '../../i18n/language';
import { liveMessages } from './live.messages';

export type AttendanceEvent = Extract<LiveEvent, { type: 'attendance' }>;
export type LiveConnection = 'connecting' | 'live' | 'reconnecting';

const liveEventTypeSet: Record<LiveEventType, true> = {
  occupancy: true,
  attendance: true,
  'kiosk-message': true,
  'kiosk-revoked': true,
};
/** The SSE `event:` names to listen to. */
export const liveEventTypes = Object.keys(liveEventTypeSet) as LiveEventType[];

/** One SSE message → a live event of the shared contract, or null when it does not follow it. */
export function parseLiveMessage(eventName: string, data: string): LiveEvent | null {
  let payload: unknown;
  try {
    payload = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof payload !== 'object' || payload === null) return null;
  // Named events carry their type in `event:`; an unnamed one ("message") only in its data.
  const candidate = eventName === 'message' ? payload : { type: eventName, ...payload };
  const parsed = liveEventSchema.safeParse(candidate);
  if (!parsed.success) return null;
  return eventName === 'message' || parsed.data.type === eventName ? parsed.data : null;
}

export type LiveState = {
  siteId: string;
  connection: LiveConnection;
  /** Latest first. */
  feed: AttendanceEvent[];
};

/** The board shows what just happened at the door, not the whole day (the list below has it). */
export const maxFeedItems = 5;

export function createLiveState(siteId: string): LiveState {
  return { siteId, connection: 'connecting', feed: [] };
}

export function applyLiveEvent(state: LiveState, event: LiveEvent): LiveState {
  if (event.type === 'attendance' && event.siteId === state.siteId && isDoorEvent(event)) {
    return { ...state, feed: addToFeed(state.feed, event) };
  }
  return state;
}

/** The feed shows what happens at the door: arrivals, departures, releases for want of arrival. */
export function isDoorEvent(event: AttendanceEvent): boolean {
  return (
    event.change === 'checked_in' || event.change === 'checked_out' || event.change === 'absent'
  );
}

const feedKey = (event: AttendanceEvent) => `${event.bookingId}|${event.change}|${event.at}`;

/** Newest first, without the same change twice, at most `maxFeedItems`. */
export function addToFeed(feed: AttendanceEvent[], event: AttendanceEvent): AttendanceEvent[] {
  if (feed.some((item) => feedKey(item) === feedKey(event))) return feed;
  return [event, ...feed]
    .sort((eventA, eventB) => Date.parse(eventB.at) - Date.parse(eventA.at))
    .slice(0, maxFeedItems);
}

/** « Camille Martin est arrivé·e — poste A-04 — 09:12 », in the site's timezone. */
export function describeAttendance(
  event: AttendanceEvent,
  timezone: string,
  language: Language,
): string {
  const texts = liveMessages[language].feed;
  const who = event.person ? `${event.person.givenName} ${event.person.usualName}` : texts.someone;
  return [
    `${who} ${texts.change[event.change]}`,
    event.deskLabel ? texts.desk(event.deskLabel) : null,
    formatSiteTime(event.at, timezone),
  ]
    .filter((part) => part !== null)
    .join(' — ');
}
