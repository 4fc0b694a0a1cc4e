import {
  kioskIdentitySchema,
  pairedKioskSchema,
  settingsUnlockResultSchema,
  type KioskIdentity,
  type PairedKiosk,
  type PairKiosk,
} from '@admz/shared';
import { requestApi } from '../../api-client';
import { appVersion } from '../../app-version';

/** The heartbeat: who this kiosk is, and the API notes which app version it runs. */
export function fetchKioskIdentity(credential: string): Promise<KioskIdentity> {
  return requestApi({
    path: '/api/kiosk/me',
    credential,
    schema: kioskIdentitySchema,
    headers: { 'X-Kiosk-App-Version': appVersion },
  });
}

/** Exchanges the one-time pairing code typed on the tablet for the device credential. */
export function pairKiosk(request: PairKiosk): Promise<PairedKiosk> {
  return requestApi({
    path: '/api/kiosk/pair',
    credential: null,
    schema: pairedKioskSchema,
    method: 'POST',
    body: request,
  });
}

/** Asks the API whether the code typed at the door opens this kiosk's settings (403/429 if not). */
export async function unlockSettings(credential: string, settingsPin: string): Promise<void> {
  await requestApi({
    path: '/api/kiosk/settings-unlock',
    credential,
    schema: settingsUnlockResultSchema,
    method: 'POST',
    body: { settingsPin },
  });
}
