import {
  offlineCheckInsResultSchema,
  type OfflineCheckInsRequest,
  type OfflineCheckInsResult,
} from '@admz/shared';
import { requestApi } from '../../api-client';

export function postOfflineCheckIns(
  credential: string,
  request: OfflineCheckInsRequest,
): Promise<OfflineCheckInsResult> {
  return requestApi({
    path: '/api/kiosk/check-ins/offline',
    credential,
    schema: offlineCheckInsResultSchema,
    method: 'POST',
    body: request,
  });
}
