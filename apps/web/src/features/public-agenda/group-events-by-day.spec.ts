import type { PublicAgendaSite, PublicEvent } from '@admz/shared';
import { describe, expect, test } from 'vitest';
import { groupEventsByDay, listTourStops } from './group-events-by-day';

const event = (id: string, date: string, siteId = 'paris'): PublicEvent => ({
  id,
  siteId,
  siteName: siteId,
  siteKind: 'permanent',
  timezone: 'Europe/Paris',
  title: id,
  description: '',
  type: 'talk',
  themes: [],
  date,
  startTime: '10:00',
  endTime: '11:00',
  startsAt: `${date}T09:00:00.000Z`,
  endsAt: `${date}T10:00:00.000Z`,
  hasVisio: false,
});

const site = (id: string, startsOn: string | null): PublicAgendaSite => ({
  id,
  name: id,
  address: '',
  timezone: 'Europe/Paris',
  kind: startsOn ? 'temporary' : 'permanent',
  startsOn,
  endsOn: startsOn,
});

describe('groupEventsByDay', () => {
  test('one group per day, events kept in their order', () => {
    const days = groupEventsByDay([
      event('a', '2027-03-10'),
      event('b', '2027-03-10'),
      event('c', '2027-03-12'),
    ]);
    expect(days.map((day) => [day.date, day.events.map((item) => item.id)])).toEqual([
      ['2027-03-10', ['a', 'b']],
      ['2027-03-12', ['c']],
    ]);
  });

  test('no event, no day', () => {
    expect(groupEventsByDay([])).toEqual([]);
  });
});

describe('listTourStops', () => {
  test('temporary sites only, soonest first, each with its own events', () => {
    const stops = listTourStops(
      [site('paris', null), site('brest', '2027-05-02'), site('clermont', '2027-04-13')],
      [event('x', '2027-04-13', 'clermont'), event('y', '2027-03-10', 'paris')],
    );
    expect(stops.map((stop) => [stop.site.id, stop.events.map((item) => item.id)])).toEqual([
      ['clermont', ['x']],
      ['brest', []],
    ]);
  });
});
