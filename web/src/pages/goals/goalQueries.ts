import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type Goal = components['schemas']['Goal'];
export type GoalProgress = components['schemas']['GoalProgress'];

/** Goal queries; keys start with ['network', id, 'goals']. */
export const goalQueries = {
  list: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'goals', 'list'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/networks/{networkId}/goals', { params: { path: { networkId }, query: { limit: 50, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  progress: (networkId: string, goalId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'goals', goalId, 'progress'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/goals/{goalId}/progress', { params: { path: { networkId, goalId } } })),
    }),
};

export function invalidateGoals(queryClient: QueryClient, networkId: string) {
  return queryClient.invalidateQueries({ queryKey: ['network', networkId, 'goals'] });
}
