import { infiniteQueryOptions, QueryClient, queryOptions } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Me, type Partner } from './api.ts';

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

/** Every partner of a network (for tables and selects), following the cursor page by page. */
async function fetchAllPartners(networkId: string): Promise<Partner[]> {
  const partners: Partner[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/networks/{networkId}/partners', { params: { path: { networkId }, query: { limit: 200, cursor } } }));
    partners.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return partners;
}

/** Query definitions, one per API resource; keys start with the resource name. */
export const queries = {
  setup: () => queryOptions({ queryKey: ['setup'], queryFn: () => unwrap(api.GET('/api/setup')), staleTime: Infinity }),
  about: () => queryOptions({ queryKey: ['about'], queryFn: () => unwrap(api.GET('/api/about')), staleTime: Infinity }),
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
  // Partner keys nest under 'partners', so invalidating the list refreshes every partner and profile too.
  partners: (networkId: string) => queryOptions({ queryKey: ['network', networkId, 'partners'], queryFn: () => fetchAllPartners(networkId) }),
  partner: (networkId: string, partnerId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'partners', partnerId],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/partners/{partnerId}', { params: { path: { networkId, partnerId } } })),
    }),
  profile: (networkId: string, partnerId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'partners', partnerId, 'profile'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/partners/{partnerId}/profile', { params: { path: { networkId, partnerId } } })),
    }),
  profileHistory: (networkId: string, partnerId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'partners', partnerId, 'profile', 'history'],
      queryFn: ({ pageParam }) =>
        unwrap(
          api.GET('/api/networks/{networkId}/partners/{partnerId}/profile/history', {
            params: { path: { networkId, partnerId }, query: { limit: PAGE, cursor: pageParam } },
          }),
        ),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  profileDiff: (networkId: string, partnerId: string, from: number, to: number) =>
    queryOptions({
      queryKey: ['network', networkId, 'partners', partnerId, 'profile', 'diff', from, to],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/partners/{partnerId}/profile/diff', { params: { path: { networkId, partnerId }, query: { from, to } } })),
      staleTime: Infinity,
    }),
  profileMatches: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'partners', 'matches'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/profiles/matches', { params: { path: { networkId } } })),
    }),
  profileComparison: (networkId: string, a: string, b: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'partners', 'compare', a, b],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/profiles/compare', { params: { path: { networkId }, query: { a, b } } })),
    }),
  attention: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'attention'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/attention', { params: { path: { networkId } } })),
    }),
  stage: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'stage'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/stage', { params: { path: { networkId } } })),
    }),
  // Shared-history keys nest under 'history', so invalidating it refreshes the list, matrix and confirmations.
  history: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'history', 'entries'],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/history', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  historyMatrix: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'history', 'matrix'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/history/matrix', { params: { path: { networkId } } })),
    }),
  historyConfirmations: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'history', 'confirmations'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/history/confirmations', { params: { path: { networkId } } })),
    }),
  roundMap: (networkId: string, round: string | null, compare: string | null) =>
    queryOptions({
      queryKey: ['network', networkId, 'map', 'round', round, compare],
      queryFn: () =>
        unwrap(
          api.GET('/api/networks/{networkId}/map/round', {
            params: { path: { networkId }, query: { ...(round ? { round } : {}), ...(compare ? { compare } : {}) } },
          }),
        ),
    }),
  networkMap: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'map'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/map', { params: { path: { networkId } } })),
    }),
  audit: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'audit'],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/audit', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  ssoProviders: () => queryOptions({ queryKey: ['sso-providers'], queryFn: () => unwrap(api.GET('/api/admin/sso-providers')) }),
  ssoLinks: (networkId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'sso-links'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/sso-links', { params: { path: { networkId } } })),
    }),
  retention: () => queryOptions({ queryKey: ['retention'], queryFn: () => unwrap(api.GET('/api/admin/retention')) }),
  outbox: () =>
    infiniteQueryOptions({
      queryKey: ['outbox'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/admin/outbox', { params: { query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  invitation: (token: string) =>
    queryOptions({ queryKey: ['invitation', token], queryFn: () => unwrap(api.GET('/api/invitations/{token}', { params: { path: { token } } })) }),
  rounds: (networkId: string) =>
    infiniteQueryOptions({
      queryKey: ['network', networkId, 'rounds'],
      queryFn: ({ pageParam }) =>
        unwrap(api.GET('/api/networks/{networkId}/rounds', { params: { path: { networkId }, query: { limit: PAGE, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
  round: (networkId: string, roundId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'rounds', roundId],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/rounds/{roundId}', { params: { path: { networkId, roundId } } })),
    }),
  questionnaire: (networkId: string, roundId: string) =>
    queryOptions({
      queryKey: ['network', networkId, 'rounds', roundId, 'questionnaire'],
      queryFn: () => unwrap(api.GET('/api/networks/{networkId}/rounds/{roundId}/questionnaire', { params: { path: { networkId, roundId } } })),
      staleTime: Infinity,
    }),
};
