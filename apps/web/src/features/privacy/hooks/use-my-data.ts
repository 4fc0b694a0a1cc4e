import { useQuery } from '@tanstack/react-query';
import { fetchMyData } from '../privacy.api';

export const myDataQueryKey = ['my-data'] as const;

export function useMyData() {
  return useQuery({ queryKey: myDataQueryKey, queryFn: fetchMyData });
}
