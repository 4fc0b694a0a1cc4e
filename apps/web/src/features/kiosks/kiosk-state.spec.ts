import type { Kiosk, KioskPairing } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { getKioskState, getMsUntilPairingExpires, isPairingUsed, sortKiosks } from './kiosk-state';

const now = Date.parse('2026-11-03T10:00:00Z');

const newKiosk = {
  id: '4b0f3c1e-2a6d-4c8e-9b1a-0d2e3f4a5b6c',
  siteId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  name: 'Entrée principale',
  isRevoked: false,
  createdAt: '2026-11-03T09:55:00Z',
  revokedAt: null,
  pairedAt: null,
  pairingExpiresAt: '2026-11-03T10:05:00Z',
  lastSeenAt: null,
  appVersion: null,
  hasSettingsPin: true,
} satisfies Kiosk;

describe('getKioskState', () => {
  it('waits for pairing while its code is valid', () => {
    expect(getKioskState(newKiosk, now)).toBe('awaiting_pairing');
  });

  it('is unpaired once the code expired without a tablet typing it', () => {
    expect(getKioskState(newKiosk, Date.parse('2026-11-03T10:05:00Z'))).toBe('unpaired');
  });

  it('is active once paired, and stays so when a replacement code expires unused', () => {
    const paired = { ...newKiosk, pairedAt: '2026-11-03T09:58:00Z', pairingExpiresAt: null };
    expect(getKioskState(paired, now)).toBe('active');
    expect(getKioskState({ ...paired, pairingExpiresAt: '2026-11-03T09:59:00Z' }, now)).toBe(
      'active',
    );
  });

  it('is revoked whatever else it holds', () => {
    expect(
      getKioskState(
        { ...newKiosk, isRevoked: true, revokedAt: '2026-11-03T09:59:00Z', pairedAt: null },
        now,
      ),
    ).toBe('revoked');
  });
});

describe('isPairingUsed', () => {
  const pairing: KioskPairing = {
    kiosk: newKiosk,
    pairingCode: 'AB3DEF7H',
    pairingExpiresAt: newKiosk.pairingExpiresAt,
  };

  it('is false until the listed kiosk shows a new pairing', () => {
    expect(isPairingUsed(pairing, undefined)).toBe(false);
    expect(isPairingUsed(pairing, newKiosk)).toBe(false);
    expect(isPairingUsed(pairing, { ...newKiosk, pairedAt: '2026-11-03T10:01:00Z' })).toBe(true);
  });

  it('does not mistake the old tablet’s pairing for the new one', () => {
    const replaced = { ...newKiosk, pairedAt: '2026-10-01T08:00:00Z' };
    const renewal = { ...pairing, kiosk: replaced };
    expect(isPairingUsed(renewal, replaced)).toBe(false);
    expect(isPairingUsed(renewal, { ...replaced, pairedAt: '2026-11-03T10:02:00Z' })).toBe(true);
  });
});

describe('getMsUntilPairingExpires', () => {
  it('counts down to zero and stays there', () => {
    const pairing = {
      kiosk: newKiosk,
      pairingCode: 'AB3DEF7H',
      pairingExpiresAt: '2026-11-03T10:05:00Z',
    };
    expect(getMsUntilPairingExpires(pairing, now)).toBe(300_000);
    expect(getMsUntilPairingExpires(pairing, now + 400_000)).toBe(0);
  });
});

describe('sortKiosks', () => {
  it('lists kiosks in service by name, revoked ones last', () => {
    const sorted = sortKiosks([
      { ...newKiosk, id: 'a', name: 'Accueil', isRevoked: true },
      { ...newKiosk, id: 'b', name: 'Terrasse' },
      { ...newKiosk, id: 'c', name: 'entrée 2' },
      { ...newKiosk, id: 'd', name: 'Entrée 10' },
    ]);
    expect(sorted.map((kiosk) => kiosk.name)).toEqual([
      'entrée 2',
      'Entrée 10',
      'Terrasse',
      'Accueil',
    ]);
  });
});
