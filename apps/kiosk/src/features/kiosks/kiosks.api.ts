import {
  kioskIdentitySchema,
  pairedKioskSchema,
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
