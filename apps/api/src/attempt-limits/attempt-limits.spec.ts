import { describe, expect, it } from 'vitest';
import { formatWait, toAddressGroup, toAddressSubject } from './attempt-limits';

describe('toAddressGroup', () => {
  it('keeps an IPv4 address, also when mapped into IPv6', () => {
    expect(toAddressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(toAddressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts IPv6 addresses by their /64, however they are written', () => {
    expect(toAddressGroup('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(toAddressGroup('2001:0DB8:0000:0001:ffff:ffff:ffff:fffe')).toBe('2001:db8:0:1::/64');
    expect(toAddressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(toAddressGroup('::1')).toBe('0:0:0:0::/64');
  });
});

describe('toAddressSubject', () => {
  it('hashes the group: no address is stored, one subscriber network is one subject', () => {
    const subject = toAddressSubject('2001:db8:0:1::1');
    expect(subject).toMatch(/^[0-9a-f]{32}$/);
    expect(subject).toBe(toAddressSubject('2001:db8:0:1:abcd::2'));
    expect(subject).not.toBe(toAddressSubject('2001:db8:0:2::1'));
  });
});

describe('formatWait', () => {
  it('says a wait in seconds under a minute, in whole minutes above', () => {
    expect(formatWait(1)).toBe('1 seconde');
    expect(formatWait(30)).toBe('30 secondes');
    expect(formatWait(60)).toBe('1 minute');
    expect(formatWait(61)).toBe('2 minutes');
  });
});
