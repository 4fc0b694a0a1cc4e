import { kioskIdentitySchema, type KioskIdentity } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchKioskIdentity(credential: string): Promise<KioskIdentity> {
  return requestApi({ path: '/api/kiosk/me', credential, schema: kioskIdentitySchema });
}
