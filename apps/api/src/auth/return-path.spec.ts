import { describe, expect, it } from 'vitest';
import { hostileReturnPaths } from '../../test/hostile-return-paths';
import { toSafeReturnPath } from './oidc-client.service';

const publicUrl = 'https://admz.example.gouv.fr';

describe('the path a login returns to', () => {
  it.each(hostileReturnPaths)('sends %j to the home page', (candidate) => {
    expect(toSafeReturnPath(candidate, publicUrl)).toBe('/');
  });

  it.each([
    ['/reservations?date=2027-01-05', '/reservations?date=2027-01-05'],
    ['/sites/paris/../lyon', '/sites/lyon'],
    ['/mes-reservations#passe', '/mes-reservations#passe'],
    ['/a//b', '/a//b'],
  ])('keeps the same-site path %j as %j', (candidate, expected) => {
    expect(toSafeReturnPath(candidate, publicUrl)).toBe(expected);
  });
});
