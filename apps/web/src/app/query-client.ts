import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api-client';
import { queryKeys } from '../lib/query-keys';

export function createQueryClient(): QueryClient {
  // The session ended while the page was open: show the login screen again.
  const showLoginOnUnauthorized = (error: unknown) => {
    if (isApiError(error, 401)) queryClient.setQueryData(queryKeys.me, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: showLoginOnUnauthorized }),
    mutationCache: new MutationCache({ onError: showLoginOnUnauthorized }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: true,
        // A 4xx will not fix itself: only network and server errors are retried.
        retry: (failureCount, error) =>
          failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
