import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCodeOf } from '../lib/bmma';
import { queryKeys } from '../lib/queries';

/**
 * LOCKED or NO_PROJECT from any call means the main process locked or closed the project
 * (idle, suspend, screen lock): ask for the status at once instead of waiting for the poll.
 */
export function createQueryClient(): QueryClient {
  let client: QueryClient | null = null;
  const onError = (error: unknown) => {
    const code = errorCodeOf(error);
    if (code === 'LOCKED' || code === 'NO_PROJECT') void client?.invalidateQueries({ queryKey: queryKeys.status });
  };
  // Any change to a record can change what search finds and what the dashboard counts:
  // both are re-asked after every successful mutation, whichever feature made it.
  const onSuccess = () => {
    void client?.invalidateQueries({ queryKey: ['search'] });
    void client?.invalidateQueries({ queryKey: ['dashboard'] });
  };
  client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError, onSuccess }),
    defaultOptions: {
      // Errors here are answers (wrong passphrase, locked), not flaky networks: retrying only delays them.
      queries: { retry: false, refetchOnWindowFocus: true, staleTime: 1000 },
      // A mutation's variables can hold a passphrase: drop them as soon as no component shows the outcome.
      mutations: { retry: false, gcTime: 0 },
    },
  });
  return client;
}
