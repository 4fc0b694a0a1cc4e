import type { CheckInRequest } from '@admz/shared';
import { useMutation } from '@tanstack/react-query';
import { postCheckIn } from '../check-ins.api';

export function useCheckIn(credential: string) {
  return useMutation({
    mutationFn: (request: CheckInRequest) => postCheckIn(credential, request),
    retry: false,
  });
}
