import {
  kioskPairingSchema,
  kioskSchema,
  type CreateKiosk,
  type Kiosk,
  type KioskPairing,
} from '@admz/shared';
import { z } from 'zod/mini';
import { requestApi } from '../../api-client';

const kiosksPath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}/kiosks`;
const kioskPath = (siteId: string, kioskId: string) =>
  `${kiosksPath(siteId)}/${encodeURIComponent(kioskId)}`;

export function fetchSiteKiosks(siteId: string): Promise<Kiosk[]> {
  return requestApi(kiosksPath(siteId), z.array(kioskSchema));
}

export function createKiosk(siteId: string, body: CreateKiosk): Promise<KioskPairing> {
  return requestApi(kiosksPath(siteId), kioskPairingSchema, { method: 'POST', body });
}

export function renewPairingCode(siteId: string, kioskId: string): Promise<KioskPairing> {
  return requestApi(`${kioskPath(siteId, kioskId)}/pairing-code`, kioskPairingSchema, {
    method: 'POST',
  });
}

export function revokeKiosk(siteId: string, kioskId: string): Promise<Kiosk> {
  return requestApi(`${kioskPath(siteId, kioskId)}/revoke`, kioskSchema, { method: 'POST' });
}

/** Sets or changes the code that opens the tablet's settings (never sent back). */
export function setSettingsPin(
  siteId: string,
  kioskId: string,
  settingsPin: string,
): Promise<Kiosk> {
  return requestApi(`${kioskPath(siteId, kioskId)}/settings-pin`, kioskSchema, {
    method: 'PUT',
    body: { settingsPin },
  });
}
