import { useQuery } from '@tanstack/react-query';
import { fetchRetentionPeriods } from '../privacy.api';
import { queryKeys } from '../../../lib/query-keys';

export function useRetentionPeriods() {
  return useQuery({
    queryKey: queryKeys.retentionPeriods,
    queryFn: fetchRetentionPeriods,
    staleTime: Infinity,
  });
}
