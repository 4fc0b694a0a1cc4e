import { describe, expect, test } from 'vitest';
import type { User } from '../users/user.entity';
import type { CurrentUserContext } from './access.decorators';
import { SessionCache, parseSessionNotice } from './session-cache';

const ana = '6f1d9a3e-0b1c-4c2d-8e3f-000000000001';
const ben = '6f1d9a3e-0b1c-4c2d-8e3f-000000000002';
const now = new Date('2027-03-15T09:00:00Z');
const tomorrow = new Date('2027-03-16T09:00:00Z');

const contextOf = (userId: string, sessionId: string): CurrentUserContext => ({
  user: { id: userId } as User,
  hostedSiteIds: [],
  sessionId,
  hasHeardCommittedChanges: true,
});

describe('SessionCache', () => {
  test('a notice about a person deletes each of their sessions, nobody else’s', () => {
    const cache = new SessionCache();
    const ticket = cache.ticket();
    cache.store(ticket, 'phone', { expiresAt: tomorrow, context: contextOf(ana, 's1') });
    cache.store(ticket, 'laptop', { expiresAt: tomorrow, context: contextOf(ana, 's2') });
    cache.store(ticket, 'other', { expiresAt: tomorrow, context: contextOf(ben, 's3') });
    expect(cache.read('phone', now)?.sessionId).toBe('s1');

    cache.receive(ana);

    expect(cache.read('phone', now)).toBeUndefined();
    expect(cache.read('laptop', now)).toBeUndefined();
    expect(cache.read('other', now)?.sessionId).toBe('s3');
  });

  test('an expired session is not answered from memory', () => {
    const cache = new SessionCache();
    cache.store(cache.ticket(), 'phone', { expiresAt: now, context: contextOf(ana, 's1') });
    expect(cache.read('phone', now)).toBeUndefined();
  });

  test('a lookup read before a logout and finished after its notice is not stored', () => {
    const cache = new SessionCache();
    const slowLookup = cache.ticket();
    cache.receive(ana);
    expect(
      cache.store(slowLookup, 'phone', { expiresAt: tomorrow, context: contextOf(ana, 's1') }),
    ).toBe(false);
    expect(cache.read('phone', now)).toBeUndefined();
    // Another person was not touched by that change; a lookup that starts after it stores.
    expect(
      cache.store(slowLookup, 'other', { expiresAt: tomorrow, context: contextOf(ben, 's3') }),
    ).toBe(true);
    expect(
      cache.store(cache.ticket(), 'phone', { expiresAt: tomorrow, context: contextOf(ana, 's1') }),
    ).toBe(true);
  });

  test('beyond its limit the oldest session goes; clear forgets everything', () => {
    const cache = new SessionCache(2);
    const ticket = cache.ticket();
    cache.store(ticket, 'one', { expiresAt: tomorrow, context: contextOf(ana, 's1') });
    cache.store(ticket, 'two', { expiresAt: tomorrow, context: contextOf(ana, 's2') });
    cache.store(ticket, 'three', { expiresAt: tomorrow, context: contextOf(ben, 's3') });
    expect(cache.read('one', now)).toBeUndefined();
    expect(cache.read('three', now)?.sessionId).toBe('s3');
    cache.clear();
    expect(cache.read('three', now)).toBeUndefined();
  });

  test('an unreadable notice empties everything', () => {
    expect(parseSessionNotice(ana)).toBe(ana);
    expect(parseSessionNotice('')).toBeNull();
    expect(parseSessionNotice('not an id')).toBeNull();
  });
});
