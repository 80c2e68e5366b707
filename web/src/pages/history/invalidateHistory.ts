import type { QueryClient } from '@tanstack/react-query';

/** After a change of shared history: the list, matrix, confirmations and the network map are out of date. */
export function invalidateHistory(queryClient: QueryClient, networkId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'history'] }),
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'map'] }),
  ]);
}
