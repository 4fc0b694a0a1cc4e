import { useQuery } from '@tanstack/react-query';
import { fetchSites } from '../sites.api';

export function useSites() {
  return useQuery({ queryKey: ['sites'], queryFn: fetchSites, staleTime: 5 * 60_000 });
}
