import { useQuery } from '@tanstack/react-query';
import { fetchDevOutbox } from '../mail.api';
import { queryKeys } from '../../../lib/query-keys';

export function useDevOutbox() {
  return useQuery({
    queryKey: queryKeys.devOutbox.all,
    queryFn: () => fetchDevOutbox(),
    retry: false,
    refetchInterval: 5_000,
  });
}

/** Whether the server keeps mails in a development outbox: the navigation shows it then. */
export function useIsDevOutboxActive(isEnabled: boolean): boolean {
  const { data } = useQuery({
    queryKey: queryKeys.devOutbox.isActive,
    queryFn: () => fetchDevOutbox(1),
    retry: false,
    enabled: isEnabled,
    staleTime: Infinity,
  });
  return Boolean(data);
}
