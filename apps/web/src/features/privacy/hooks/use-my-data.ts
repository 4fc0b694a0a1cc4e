import { useQuery } from '@tanstack/react-query';
import { fetchMyData } from '../privacy.api';
import { queryKeys } from '../../../lib/query-keys';

export function useMyData() {
  return useQuery({ queryKey: queryKeys.myData, queryFn: fetchMyData });
}
