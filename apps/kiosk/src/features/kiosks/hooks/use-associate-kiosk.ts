import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fetchKioskIdentity } from '../kiosks.api';
import { kioskIdentityQueryKey } from './use-kiosk-identity';

/** Checks a pasted credential against the API before the kiosk adopts it. */
export function useAssociateKiosk() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credential: string) => fetchKioskIdentity(credential),
    onSuccess: (identity, credential) =>
      queryClient.setQueryData(kioskIdentityQueryKey(credential), identity),
  });
}
