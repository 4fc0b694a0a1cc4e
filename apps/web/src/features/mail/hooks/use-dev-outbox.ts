import { useQuery } from '@tanstack/react-query';
import { fetchDevOutbox } from '../mail.api';
import { queryKeys } from '../../../lib/query-keys';

const outboxRefreshMs = 5_000;

/**
 * The development outbox, fresh while someone looks at it: every 5 s while the page has the
 * focus, not at all behind another window or tab; back to it, the list is fetched at once.
 */
export function useDevOutbox() {
  return useQuery({
    queryKey: queryKeys.devOutbox.all,
    queryFn: () => fetchDevOutbox(),
    retry: false,
    staleTime: 0,
    refetchOnWindowFocus: 'always',
    refetchInterval: () => (document.hasFocus() ? outboxRefreshMs : false),
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
