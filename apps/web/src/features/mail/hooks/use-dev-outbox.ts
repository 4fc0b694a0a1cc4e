import { useQuery } from '@tanstack/react-query';
import { fetchDevOutbox } from '../mail.api';

export const devOutboxQueryKey = ['dev-outbox'] as const;

export function useDevOutbox() {
  return useQuery({
    queryKey: devOutboxQueryKey,
    queryFn: () => fetchDevOutbox(),
    retry: false,
    refetchInterval: 5_000,
  });
}

/** Whether the server keeps mails in a development outbox: the navigation shows it then. */
export function useIsDevOutboxActive(isEnabled: boolean): boolean {
  const { data } = useQuery({
    queryKey: [...devOutboxQueryKey, 'active'],
    queryFn: () => fetchDevOutbox(1),
    retry: false,
    enabled: isEnabled,
    staleTime: Infinity,
  });
  return Boolean(data);
}
