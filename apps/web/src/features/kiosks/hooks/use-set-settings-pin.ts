import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setSettingsPin } from '../kiosks.api';
import { queryKeys } from '../../../lib/query-keys';

export function useSetSettingsPin(siteId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kioskId, settingsPin }: { kioskId: string; settingsPin: string }) =>
      setSettingsPin(siteId, kioskId, settingsPin),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.siteKiosks(siteId) }),
  });
}
