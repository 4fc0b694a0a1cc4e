import { describe, expect, it } from 'vitest';
import {
  addToFeed,
  applyLiveEvent,
  createLiveState,
  describeAttendance,
  maxFeedItems,
  parseLiveMessage,
  type AttendanceEvent,
} from './live-events';

const siteId = '5d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a';
const otherSiteId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

function arrival(
  minute: number,
  change: AttendanceEvent['change'] = 'checked_in',
): AttendanceEvent {
  return {
    type: 'attendance',
    siteId,
    bookingId: `7f1c2a52-6d3b-4a8e-9f0a-1b2c3d4e5f${String(minute).padStart(2, '0')}`,
    change,
    person: { givenName: 'Camille', usualName: 'Martin' },
    deskLabel: 'A-04',
    at: `2026-11-03T08:${String(minute).padStart(2, '0')}:00.000Z`,
  };
}

describe('parseLiveMessage', () => {
  it('reads an occupancy event named in `event:`', () => {
    const data = JSON.stringify({
      type: 'occupancy',
      siteId,
      occupancy: { present: 3, booked: 7, capacity: 24 },
    });
    expect(parseLiveMessage('occupancy', data)).toEqual({
      type: 'occupancy',
      siteId,
      occupancy: { present: 3, booked: 7, capacity: 24 },
    });
  });

  it('takes the type from the event name when the data leaves it out', () => {
    const { type: _type, ...data } = arrival(12);
    expect(parseLiveMessage('attendance', JSON.stringify(data))).toEqual(arrival(12));
  });

  it('refuses what does not follow the shared contract', () => {
    expect(parseLiveMessage('occupancy', 'not json')).toBeNull();
    expect(
      parseLiveMessage('occupancy', JSON.stringify({ siteId, occupancy: { present: -1 } })),
    ).toBeNull();
    expect(
      parseLiveMessage('attendance', JSON.stringify({ ...arrival(12), change: 'teleported' })),
    ).toBeNull();
    expect(parseLiveMessage('occupancy', JSON.stringify(arrival(12)))).toBeNull();
    expect(parseLiveMessage('occupancy', 'null')).toBeNull();
  });

  it('reads an unnamed message by the type in its data', () => {
    expect(parseLiveMessage('message', JSON.stringify(arrival(5)))).toEqual(arrival(5));
  });
});

describe('applyLiveEvent', () => {
  it('feeds the arrivals of its own site only', () => {
    let state = createLiveState(siteId);
    state = applyLiveEvent(state, arrival(12));
    state = applyLiveEvent(state, { ...arrival(13), siteId: otherSiteId });
    expect(state.feed).toEqual([arrival(12)]);
  });

  it('leaves the state as it is for an occupancy event (the board counts from its own list)', () => {
    const state = createLiveState(siteId);
    const occupancy = { present: 1, booked: 2, capacity: 10 };
    expect(applyLiveEvent(state, { type: 'occupancy', siteId, occupancy })).toBe(state);
  });

  it('keeps new bookings and cancellations out of the door feed', () => {
    const state = createLiveState(siteId);
    expect(applyLiveEvent(state, arrival(12, 'booked')).feed).toEqual([]);
    expect(applyLiveEvent(state, arrival(12, 'cancelled')).feed).toEqual([]);
    expect(applyLiveEvent(state, arrival(12, 'absent')).feed).toEqual([arrival(12, 'absent')]);
  });

  it('leaves the state as it is for a kiosk message', () => {
    const state = createLiveState(siteId);
    expect(applyLiveEvent(state, { type: 'kiosk-message', siteId, message: 'Bonjour' })).toBe(
      state,
    );
  });
});

describe('addToFeed', () => {
  it('puts the latest first and ignores the same change received twice', () => {
    const feed = addToFeed(addToFeed(addToFeed([], arrival(10)), arrival(12)), arrival(10));
    expect(feed.map((event) => event.at)).toEqual([arrival(12).at, arrival(10).at]);
  });

  it('keeps a departure after the arrival of the same booking', () => {
    const departure = { ...arrival(10, 'checked_out'), at: '2026-11-03T16:30:00.000Z' };
    expect(addToFeed([arrival(10)], departure)).toEqual([departure, arrival(10)]);
  });

  it(`keeps at most ${maxFeedItems} items`, () => {
    let feed: AttendanceEvent[] = [];
    for (let minute = 0; minute < maxFeedItems + 5; minute += 1) {
      feed = addToFeed(feed, arrival(minute));
    }
    expect(feed).toHaveLength(maxFeedItems);
    expect(feed[0]?.at).toBe(arrival(maxFeedItems + 4).at);
  });
});

describe('describeAttendance', () => {
  it('names the person, the desk and the site-local time', () => {
    expect(describeAttendance(arrival(12), 'Europe/Paris', 'fr')).toBe(
      'Camille Martin est arrivé·e — poste A-04 — 09:12',
    );
    expect(describeAttendance(arrival(40, 'checked_out'), 'America/Cayenne', 'fr')).toBe(
      'Camille Martin est parti·e — poste A-04 — 05:40',
    );
  });

  it('still reads well without person or desk', () => {
    expect(
      describeAttendance(
        { ...arrival(30, 'absent'), person: null, deskLabel: null },
        'Europe/Paris',
        'fr',
      ),
    ).toBe('Une personne n’est pas arrivé·e : réservation libérée — 09:30');
  });

  it('reads in English for a person who chose it', () => {
    expect(describeAttendance(arrival(12), 'Europe/Paris', 'en')).toBe(
      'Camille Martin arrived — desk A-04 — 09:12',
    );
    expect(
      describeAttendance(
        { ...arrival(30, 'absent'), person: null, deskLabel: null },
        'Europe/Paris',
        'en',
      ),
    ).toBe('Someone did not arrive: booking released — 09:30');
  });
});
