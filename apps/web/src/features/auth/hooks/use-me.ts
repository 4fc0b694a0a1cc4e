import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '../auth.api';

export const meQueryKey = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
