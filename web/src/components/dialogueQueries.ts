import { infiniteQueryOptions, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api.ts';
import type { components } from '../api.gen.ts';
import { queries } from '../queries.ts';

type Schemas = components['schemas'];
export type Difference = Schemas['Difference'];
export type DifferenceDetail = Schemas['DifferenceDetail'];
export type DifferenceStatus = Difference['status'];
export type DifferenceKind = Difference['kind'];
export type ValueMap = Schemas['ValueMap'];
export type Story = Schemas['Story'];
export type VisionStatement = Schemas['VisionStatement'];

export const DIFFERENCE_STATUSES: readonly DifferenceStatus[] = ['named', 'explored', 'discussed', 'resolved', 'accepted'];
export const DIFFERENCE_KINDS: readonly DifferenceKind[] = ['values', 'interests', 'work_logic', 'practice'];
/** The statuses a difference may move to next (the server's rule in src/domain/development.ts). */
export const NEXT_STATUSES: Record<DifferenceStatus, DifferenceStatus[]> = { named: ['explored'], explored: ['discussed'], discussed: ['resolved', 'accepted'], resolved: [], accepted: [] };

const PAGE = 100;

/** Queries of the dialogue pages; every key starts with ['network', id, <resource>]. */
export const dialogueQueries = {
  differences: (networkId: string, draft = false) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'differences', 'list', draft],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/differences', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam, draft: draft ? 'true' : undefined } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  difference: (networkId: string, differenceId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'differences', differenceId],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/differences/{differenceId}', { params: { path: { networkId, differenceId } } })),
    }),
  agreements: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'agreements', 'for-differences'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/agreements', { params: { path: { networkId }, query: { limit: 200 } } })),
    }),
  valueMap: (networkId: string) =>
    queryOptions({ queryKey: ['network', networkId, 'value-map'], queryFn: () => unwrap(api.GET('/api/networks/{networkId}/value-map', { params: { path: { networkId } } })) }),
  stories: (networkId: string, tag: string | null, draft = false) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'stories', 'list', tag, draft],
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET('/api/networks/{networkId}/stories', {
            params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam, tag: tag ?? undefined, draft: draft ? 'true' : undefined } },
          }),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  vision: (networkId: string) =>
    queryOptions({ queryKey: ['network', networkId, 'vision'], queryFn: () => unwrap(api.GET('/api/networks/{networkId}/vision', { params: { path: { networkId } } })) }),
};

/** Refreshes one dialogue resource (and whatever nests under it). */
export function invalidateDialogue(queryClient: QueryClient, networkId: string, resource: 'differences' | 'value-map' | 'stories' | 'vision') {
  return queryClient.invalidateQueries({ queryKey: ['network', networkId, resource] });
}

/** The caller's role in the network and the partner they speak for (representatives only). */
export function useMyPlace(networkId: string) {
  const network = useQuery(queries.network(networkId));
  const me = useQuery(queries.me());
  const role = network.data?.myRole ?? null;
  const partnerId = me.data?.roles.find((r) => r.networkId === networkId)?.partnerId ?? null;
  return { role, partnerId: role === 'representative' ? partnerId : null, userId: me.data?.user.id ?? null, networkName: network.data?.name ?? null };
}
