import type { PairKiosk } from '@admz/shared';
import { useMutation } from '@tanstack/react-query';
import { pairKiosk } from '../kiosks.api';

export function usePairKiosk() {
  return useMutation({ mutationFn: (request: PairKiosk) => pairKiosk(request), retry: false });
}
