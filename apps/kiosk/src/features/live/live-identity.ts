import type { KioskIdentity, LiveEvent } from '@admz/shared';

/** The idle screen's data after a live event: occupancy and hosts' message follow the stream. */
export function applyLiveEvent(identity: KioskIdentity, event: LiveEvent): KioskIdentity {
  if (event.type === 'occupancy' && event.siteId === identity.site.id)
    return { ...identity, occupancy: event.occupancy };
  if (event.type === 'kiosk-message' && event.siteId === identity.site.id)
    return { ...identity, message: event.message };
  return identity;
}
