import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { queryKeys } from '../../../lib/query-keys';
import { searchPeople } from '../hosts.api';

/** People who have logged in matching what is typed (two characters or more). */
export function usePeopleSearch(text: string) {
  const query = useDeferredValue(text.trim());
  return useQuery({
    queryKey: queryKeys.peopleSearch(query),
    queryFn: () => searchPeople(query),
    enabled: query.length >= 2,
    staleTime: 30_000,
  });
}
