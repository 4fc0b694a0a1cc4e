import { checkInResultSchema, type CheckInRequest, type CheckInResult } from '@admz/shared';
import { requestApi } from '../../api-client';

export function postCheckIn(credential: string, request: CheckInRequest): Promise<CheckInResult> {
  return requestApi({
    path: '/api/kiosk/check-ins',
    credential,
    schema: checkInResultSchema,
    method: 'POST',
    body: request,
  });
}
