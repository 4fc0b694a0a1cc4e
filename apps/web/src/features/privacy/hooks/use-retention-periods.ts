import { useQuery } from '@tanstack/react-query';
import { fetchRetentionPeriods } from '../privacy.api';

export function useRetentionPeriods() {
  return useQuery({
    queryKey: ['privacy', 'retention'],
    queryFn: fetchRetentionPeriods,
    staleTime: Infinity,
  });
}
