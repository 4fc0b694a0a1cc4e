import type { KioskIdentity } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { applyLiveEvent } from './live-identity';

const siteId = '3b241101-e2bb-4255-8caf-4136c566a962';
const otherSiteId = '9d3f1c0a-1111-4a4a-8b8b-222233334444';
const identity: KioskIdentity = {
  kioskId: '5c0b7a9e-3d1f-4a77-9e55-0a2b3c4d5e6f',
  name: 'Entrée',
  site: { id: siteId, name: 'AdmZ Paris', timezone: 'Europe/Paris' },
  message: '',
  occupancy: { present: 1, booked: 4, capacity: 20 },
  serverTime: '2026-11-03T08:00:00Z',
};

describe('applyLiveEvent', () => {
  it('updates the occupancy of this site', () => {
    const occupancy = { present: 2, booked: 4, capacity: 20 };
    expect(applyLiveEvent(identity, { type: 'occupancy', siteId, occupancy }).occupancy).toEqual(
      occupancy,
    );
  });

  it('shows the message the hosts just set', () => {
    const next = applyLiveEvent(identity, {
      type: 'kiosk-message',
      siteId,
      message: 'Café offert',
    });
    expect(next.message).toBe('Café offert');
  });

  it('ignores an event about another site', () => {
    const occupancy = { present: 9, booked: 9, capacity: 9 };
    expect(applyLiveEvent(identity, { type: 'occupancy', siteId: otherSiteId, occupancy })).toBe(
      identity,
    );
  });
});
