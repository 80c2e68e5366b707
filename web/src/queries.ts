import { infiniteQueryOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Me } from './api.ts';

/** Lists are read a page at a time; the first page holds everything a new network has. */
const PAGE = 100;

/** The one query cache of the app: server state lives here and nowhere else. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 4xx will not change by asking again; a lost connection or a 5xx might.
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** The signed-in user, or null when nobody is signed in. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/me'));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** Query definitions, one per API resource; keys start with the resource name. */
export const queries = {
  setup: () => queryOptions({ queryKey: ['setup'], queryFn: () => unwrap(api.GET('/api/setup')), staleTime: Infinity }),
  me: () => queryOptions({ queryKey: ['me'], queryFn: fetchMe }),
  networks: () => queryOptions({ queryKey: ['networks'], queryFn: () => unwrap(api.GET('/api/networks', { params: { query: { limit: PAGE } } })) }),
  network: (networkId: string) =>
    queryOptions({ queryKey: ['network', networkId], queryFn: () => unwrap(api.GET('/api/networks/{networkId}', { params: { path: { networkId } } })) }),
  members: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'members'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/members', { params: { path: { networkId } } })),
    }),
  invitations: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'invitations'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/invitations', { params: { path: { networkId }, query: { limit: PAGE } } })),
    }),
  audit: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'audit'],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/audit', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  outbox: () =>
    infiniteQueryOptions({
      queryKey: ['outbox'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/admin/outbox', { params: { query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  invitation: (token: string) =>
    queryOptions({ queryKey: ['invitation', token], queryFn: () => unwrap(api.GET('/api/invitations/{token}', { params: { path: { token } } })) }),
};
