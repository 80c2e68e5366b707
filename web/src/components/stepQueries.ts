import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api.ts';
import type { components } from '../api.gen.ts';

export type Step = components['schemas']['Step'];
export type MyStep = components['schemas']['MyStep'];
export type StepStatus = Step['status'];
export type StepServesKind = NonNullable<Step['servesKind']>;
export const STEP_STATUSES: readonly StepStatus[] = ['open', 'claimed', 'done', 'dropped'];

export interface StepFilter {
  status?: StepStatus;
  servesKind?: StepServesKind;
  servesId?: string;
  mine?: 'true';
  overdue?: 'true';
}

const PAGE = 50;

/** Step queries; every key starts with ['network', id, 'steps'] so one invalidation refreshes them all. */
export const stepQueries = {
  list: (networkId: string, filter: StepFilter) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'steps', 'list', filter],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/steps', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam, ...filter } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  counts: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'steps', 'counts'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/steps/counts', { params: { path: { networkId } } })),
    }),
  mine: (status: StepStatus) =>
    infiniteQueryOptions({
      queryKey: ['my-steps', status],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/me/steps', { params: { query: { limit: PAGE, cursor: pageParam, status } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

/** After a change to a step: the network's lists and counts, and "my steps", are out of date. */
export function invalidateSteps(queryClient: QueryClient, networkId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'steps'] }),
    queryClient.invalidateQueries({ queryKey: ['my-steps'] }),
  ]);
}
