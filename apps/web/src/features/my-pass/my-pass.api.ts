import { personPassSchema, type PersonPass } from '@admz/shared';
import { requestApi } from '../../api-client';

export function fetchMyPass(): Promise<PersonPass> {
  return requestApi('/api/me/pass', personPassSchema);
}
