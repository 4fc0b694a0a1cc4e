import { describe, expect, it } from 'vitest';
import { buildSiteClosuresFeedUrl } from './calendar-feeds.api';

describe('buildSiteClosuresFeedUrl', () => {
  it('gives the absolute address a calendar subscribes to', () => {
    expect(
      buildSiteClosuresFeedUrl(
        'https://admz.example.gouv.fr',
        '0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d',
      ),
    ).toBe(
      'https://admz.example.gouv.fr/api/sites/0b6f3c1e-2d4a-4f5b-8c9d-0e1f2a3b4c5d/closures.ics',
    );
  });
});
