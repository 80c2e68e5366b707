import { useMutation, useQueryClient } from '@tanstack/react-query';
import { invalidateSessions } from '../sessions/sessionQueries.ts';

/** A change to a session or its parts; afterwards every session and decision query reloads. */
export function useSessionMutation<V, R>(networkId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => invalidateSessions(queryClient, networkId) });
}
