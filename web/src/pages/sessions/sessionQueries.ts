import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';
import type { components } from '../../api.gen.ts';

export type SessionSummary = components['schemas']['SessionSummary'];
export type Session = components['schemas']['Session'];
export type SessionAgendaItem = components['schemas']['SessionAgendaItem'];
export type Decision = components['schemas']['Decision'];

const PAGE = 50;

/** Session and decision queries; keys start with ['network', id, 'sessions' | 'decisions']. */
export const sessionQueries = {
  list: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'sessions', 'list'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/networks/{networkId}/sessions', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  one: (networkId: string, sessionId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'sessions', 'one', sessionId],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/sessions/{sessionId}', { params: { path: { networkId, sessionId } } })),
    }),
  decisions: (networkId: string, changesNothing?: 'true' | 'false', limit = PAGE) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'decisions', 'list', changesNothing ?? 'all', limit],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/decisions', { params: { path: { networkId }, query: { limit, cursor: pageParam, changesNothing } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

/** After a change to a session or a decision (or a step that serves one): every list and view is out of date. */
export function invalidateSessions(queryClient: QueryClient, networkId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'sessions'] }),
    queryClient.invalidateQueries({ queryKey: ['network', networkId, 'decisions'] }),
  ]);
}
