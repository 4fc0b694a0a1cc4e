import {
  checkInResultSchema,
  checkOutResultSchema,
  type CheckInRequest,
  type CheckInResult,
  type CheckOutRequest,
  type CheckOutResult,
  type WalkInRequest,
} from '@admz/shared';
import { requestApi } from '../../api-client';

export function postCheckIn(
  credential: string,
  request: CheckInRequest,
  timeoutMs?: number,
): Promise<CheckInResult> {
  return requestApi({
    path: '/api/kiosk/check-ins',
    credential,
    schema: checkInResultSchema,
    method: 'POST',
    body: request,
    timeoutMs,
  });
}

export function postCheckOut(
  credential: string,
  request: CheckOutRequest,
): Promise<CheckOutResult> {
  return requestApi({
    path: '/api/kiosk/check-outs',
    credential,
    schema: checkOutResultSchema,
    method: 'POST',
    body: request,
  });
}

export function postWalkIn(credential: string, request: WalkInRequest): Promise<CheckInResult> {
  return requestApi({
    path: '/api/kiosk/walk-ins',
    credential,
    schema: checkInResultSchema,
    method: 'POST',
    body: request,
  });
}
