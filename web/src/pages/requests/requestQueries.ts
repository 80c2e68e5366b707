import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type Request = components['schemas']['Request'];
export type Offer = components['schemas']['Offer'];
export type Reciprocity = components['schemas']['Reciprocity'];

export interface RequestFilter {
  direction?: 'incoming' | 'outgoing' | 'network';
  draft?: 'true';
}

const PAGE = 50;

/** Request, offer and reciprocity queries; all keys start with ['network', id, 'requests']. */
export const requestQueries = {
  list: (networkId: string, filter: RequestFilter) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'requests', 'list', filter],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/requests', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam, ...filter } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  offers: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'requests', 'offers'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/networks/{networkId}/offers', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  reciprocity: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'requests', 'reciprocity'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/reciprocity', { params: { path: { networkId } } })),
    }),
};

export function invalidateRequests(queryClient: QueryClient, networkId: string) {
  return queryClient.invalidateQueries({ queryKey: ['network', networkId, 'requests'] });
}
