import type { WalkInRequest } from '@admz/shared';
import { useMutation } from '@tanstack/react-query';
import { postWalkIn } from '../check-ins.api';

export function useWalkIn(credential: string) {
  return useMutation({
    mutationFn: (request: WalkInRequest) => postWalkIn(credential, request),
    retry: false,
  });
}
