import { describe, expect, test } from 'vitest';
import { AvailabilityCache, deskClaimKey, parseAvailabilityNotice } from './availability-cache';

const site = 'site-a';
/** A desk's claim on Monday 15 March 2027, 08:00–12:00 in Paris. */
const mondayMorningOf = (deskId: string) =>
  deskClaimKey(deskId, new Date('2027-03-15T07:00:00Z'), new Date('2027-03-15T11:00:00Z'));
const other = 'site-b';

describe('AvailabilityCache', () => {
  test('a notice of a day empties that day and every document of the site, nothing else', () => {
    const cache = new AvailabilityCache<string, string>();
    const ticket = cache.ticket();
    cache.storeDay(ticket, site, '2027-03-15', 'monday');
    cache.storeDay(ticket, site, '2027-03-16', 'tuesday');
    cache.storeDay(ticket, other, '2027-03-15', 'elsewhere');
    cache.storeDocument(ticket, site, '2027-03-16', 'ana', 'ana tuesday');
    cache.storeDocument(ticket, other, '2027-03-15', 'ana', 'ana elsewhere');

    cache.receive({ siteId: site, date: '2027-03-15' });

    expect(cache.readDay(site, '2027-03-15')).toBeUndefined();
    expect(cache.readDay(site, '2027-03-16')).toBe('tuesday');
    expect(cache.readDay(other, '2027-03-15')).toBe('elsewhere');
    // A booking on Monday changes Tuesday's weekly count of its holder.
    expect(cache.readDocument(site, '2027-03-16', 'ana')).toBeUndefined();
    expect(cache.readDocument(other, '2027-03-15', 'ana')).toBe('ana elsewhere');
  });

  test('a site-wide notice empties every day of the site; a global one everything', () => {
    const cache = new AvailabilityCache<string, string>();
    cache.storeDay(cache.ticket(), site, '2027-03-15', 'monday');
    cache.storeDay(cache.ticket(), other, '2027-03-15', 'elsewhere');
    cache.receive({ siteId: site, date: null });
    expect(cache.readDay(site, '2027-03-15')).toBeUndefined();
    expect(cache.readDay(other, '2027-03-15')).toBe('elsewhere');
    cache.receive({ siteId: null, date: null });
    expect(cache.readDay(other, '2027-03-15')).toBeUndefined();
  });

  test('a value read before a change and finished after its notice is not stored', () => {
    const cache = new AvailabilityCache<string, string>();
    const slowRead = cache.ticket();
    cache.receive({ siteId: site, date: '2027-03-15' });
    expect(cache.storeDay(slowRead, site, '2027-03-15', 'stale')).toBe(false);
    expect(cache.storeDocument(slowRead, site, '2027-03-16', 'ana', 'stale')).toBe(false);
    expect(cache.readDay(site, '2027-03-15')).toBeUndefined();
    // Another day of the site, or another site, was not touched by that change.
    expect(cache.storeDay(slowRead, site, '2027-03-16', 'tuesday')).toBe(true);
    expect(cache.storeDocument(slowRead, other, '2027-03-15', 'ana', 'fine')).toBe(true);
    // A read that starts after the notice stores.
    expect(cache.storeDay(cache.ticket(), site, '2027-03-15', 'fresh')).toBe(true);
  });

  test('a booking keeps the site’s day and places a booking checks; a change of the site empties them', () => {
    const cache = new AvailabilityCache<string, string, string, string>();
    const ticket = cache.ticket();
    cache.storeSchedule(ticket, site, '2027-03-15', 'hours and rules');
    cache.storePlaces(ticket, site, 'desks');
    cache.storePlaces(ticket, other, 'other desks');
    cache.receive({ siteId: site, date: '2027-03-15' });
    expect(cache.readSchedule(site, '2027-03-15')).toBe('hours and rules');
    expect(cache.readPlaces(site)).toBe('desks');
    // Read before the booking's notice, stored after it: still true, a booking changes neither.
    expect(cache.storeSchedule(ticket, site, '2027-03-16', 'tuesday')).toBe(true);
    cache.receive({ siteId: site, date: null });
    expect(cache.readSchedule(site, '2027-03-15')).toBeUndefined();
    expect(cache.readPlaces(site)).toBeUndefined();
    expect(cache.readPlaces(other)).toBe('other desks');
    expect(cache.storePlaces(ticket, site, 'stale')).toBe(false);
    cache.clear();
    expect(cache.readPlaces(other)).toBeUndefined();
  });

  test('a desk proven taken stays so until its day changes; a refusal read before a change is not kept', () => {
    const cache = new AvailabilityCache<string, string>();
    const claim = mondayMorningOf('desk-1');
    const ticket = cache.ticket();
    expect(cache.rememberTaken(ticket, site, '2027-03-15', claim)).toBe(true);
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(true);
    expect(cache.isKnownTaken(site, '2027-03-16', claim)).toBe(false);
    cache.receive({ siteId: site, date: '2027-03-16' });
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(true);
    // A cancellation that day: the desk may be free.
    cache.receive({ siteId: site, date: '2027-03-15' });
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(false);
    expect(cache.rememberTaken(ticket, site, '2027-03-15', claim)).toBe(false);
    expect(cache.rememberTaken(cache.ticket(), site, '2027-03-15', claim)).toBe(true);
    cache.receive({ siteId: site, date: null });
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(false);
  });

  test('a booking added that day frees no desk: the desks proven taken stay known, the answers go', () => {
    const cache = new AvailabilityCache<string, string>();
    const claim = mondayMorningOf('desk-1');
    const ticket = cache.ticket();
    expect(cache.storeDay(ticket, site, '2027-03-15', 'monday')).toBe(true);
    expect(cache.rememberTaken(ticket, site, '2027-03-15', claim)).toBe(true);
    // Another desk booked that day: the day's answer is stale, the taken desk is still taken.
    cache.receive({ siteId: site, date: '2027-03-15', adds: true });
    expect(cache.readDay(site, '2027-03-15')).toBeUndefined();
    expect(cache.storeDay(ticket, site, '2027-03-15', 'stale')).toBe(false);
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(true);
    // A refusal read before that addition is still proof.
    const otherClaim = mondayMorningOf('desk-2');
    expect(cache.rememberTaken(ticket, site, '2027-03-15', otherClaim)).toBe(true);
    // A cancellation that day (no `adds`) voids both, and any refusal read before it.
    cache.receive({ siteId: site, date: '2027-03-15' });
    expect(cache.isKnownTaken(site, '2027-03-15', claim)).toBe(false);
    expect(cache.isKnownTaken(site, '2027-03-15', otherClaim)).toBe(false);
    expect(cache.rememberTaken(cache.ticket(), site, '2027-03-15', claim)).toBe(true);
    expect(cache.rememberTaken(ticket, site, '2027-03-15', otherClaim)).toBe(false);
  });

  test('the misses of one entry while it is read share the read; a notice meanwhile starts another', async () => {
    const cache = new AvailabilityCache<string, string, string, string>();
    const reads: { resolve: (value: string) => void }[] = [];
    const read = () =>
      new Promise<string>((resolve) => {
        reads.push({ resolve });
      });
    const first = cache.loadDay(cache.ticket(), site, '2027-03-15', read);
    const second = cache.loadDay(cache.ticket(), site, '2027-03-15', read);
    // Another day, another site, another kind of entry: reads of their own.
    void cache.loadDay(cache.ticket(), site, '2027-03-16', read);
    void cache.loadPlaces(cache.ticket(), site, read);
    expect(reads).toHaveLength(3);
    // A booking added elsewhere on the site does not touch Monday's read.
    cache.receive({ siteId: site, date: '2027-03-16', adds: true });
    const third = cache.loadDay(cache.ticket(), site, '2027-03-15', read);
    expect(reads).toHaveLength(3);
    // A change of Monday: a request that began after it needs a read that began after it too.
    cache.receive({ siteId: site, date: '2027-03-15' });
    const fourth = cache.loadDay(cache.ticket(), site, '2027-03-15', read);
    const fifth = cache.loadDay(cache.ticket(), site, '2027-03-15', read);
    expect(reads).toHaveLength(4);
    reads[0]?.resolve('before the change');
    reads[3]?.resolve('after the change');
    expect(await first).toBe('before the change');
    expect(await second).toBe('before the change');
    expect(await third).toBe('before the change');
    expect(await fourth).toBe('after the change');
    expect(await fifth).toBe('after the change');
    // Only the read that began after the change was kept, and is now served without a read.
    expect(cache.readDay(site, '2027-03-15')).toBe('after the change');
    expect(cache.loadDay(cache.ticket(), site, '2027-03-15', read)).toBe('after the change');
    expect(reads).toHaveLength(4);
  });

  test('a failed shared read fails each of its sharers and is not kept; the next miss reads again', async () => {
    const cache = new AvailabilityCache<string, string, string, string>();
    let reads = 0;
    const failing = () => {
      reads += 1;
      return Promise.reject(new Error('connection lost'));
    };
    const first = cache.loadSchedule(cache.ticket(), site, '2027-03-15', failing);
    const second = cache.loadSchedule(cache.ticket(), site, '2027-03-15', failing);
    await expect(first).rejects.toThrow('connection lost');
    await expect(second).rejects.toThrow('connection lost');
    expect(reads).toBe(1);
    // A site that is not there (null) is answered but not kept.
    expect(await cache.loadSchedule(cache.ticket(), site, '2027-03-15', async () => null)).toBe(
      null,
    );
    expect(cache.readSchedule(site, '2027-03-15')).toBeUndefined();
    expect(await cache.loadSchedule(cache.ticket(), site, '2027-03-15', async () => 'hours')).toBe(
      'hours',
    );
    expect(cache.readSchedule(site, '2027-03-15')).toBe('hours');
  });

  test('a notice is read from its JSON; `adds` only when the database says so', () => {
    expect(parseAvailabilityNotice('{"siteId":"s","date":"2027-03-15","adds":true}')).toEqual({
      siteId: 's',
      date: '2027-03-15',
      adds: true,
    });
    expect(parseAvailabilityNotice('{"siteId":"s","date":"2027-03-15"}')).toEqual({
      siteId: 's',
      date: '2027-03-15',
    });
    // Unreadable: everything goes, never a stale answer.
    expect(parseAvailabilityNotice('{"siteId":"s","date":"2027-03-15","adds":"yes"}')).toEqual({
      siteId: null,
      date: null,
    });
  });

  test('beyond its limit the oldest entry goes', () => {
    const cache = new AvailabilityCache<string, string>({ days: 2, documents: 2, schedules: 2 });
    const ticket = cache.ticket();
    cache.storeDay(ticket, site, '1', 'one');
    cache.storeDay(ticket, site, '2', 'two');
    cache.storeDay(ticket, site, '3', 'three');
    expect(cache.readDay(site, '1')).toBeUndefined();
    expect(cache.readDay(site, '3')).toBe('three');
  });

  test('an unreadable notice empties everything', () => {
    expect(parseAvailabilityNotice('{"siteId":"s","date":"2027-03-15"}')).toEqual({
      siteId: 's',
      date: '2027-03-15',
    });
    expect(parseAvailabilityNotice('{"siteId":"s","date":null}')).toEqual({
      siteId: 's',
      date: null,
    });
    expect(parseAvailabilityNotice('not json')).toEqual({ siteId: null, date: null });
    expect(parseAvailabilityNotice('{"site":"s"}')).toEqual({ siteId: null, date: null });
  });
});
