import type { Kiosk, KioskPairing } from '@admz/shared';

/**
 * awaiting_pairing: a code waits to be typed on a tablet; active: a tablet holds a credential;
 * unpaired: never paired and its code expired; revoked: stopped for good.
 */
export type KioskState = 'awaiting_pairing' | 'active' | 'unpaired' | 'revoked';

export function getKioskState(kiosk: Kiosk, now: number): KioskState {
  if (kiosk.isRevoked) return 'revoked';
  if (kiosk.pairingExpiresAt !== null && Date.parse(kiosk.pairingExpiresAt) > now) {
    return 'awaiting_pairing';
  }
  return kiosk.pairedAt === null ? 'unpaired' : 'active';
}

/** A tablet typed the code shown: the listed kiosk was paired after that code was issued. */
export function isPairingUsed(pairing: KioskPairing, listedKiosk: Kiosk | undefined): boolean {
  if (listedKiosk?.pairedAt == null) return false;
  return listedKiosk.pairedAt !== pairing.kiosk.pairedAt;
}

export function getMsUntilPairingExpires(pairing: KioskPairing, now: number): number {
  return Math.max(0, Date.parse(pairing.pairingExpiresAt) - now);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Kiosks in service first, then by name; revoked ones at the end. */
export function sortKiosks(kiosks: Kiosk[]): Kiosk[] {
  return [...kiosks].sort(
    (kioskA, kioskB) =>
      Number(kioskA.isRevoked) - Number(kioskB.isRevoked) ||
      collator.compare(kioskA.name, kioskB.name),
  );
}
