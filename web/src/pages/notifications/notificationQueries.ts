import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api.ts';

export const notificationQueries = {
  /** The unread count for the header, refreshed every minute. */
  unread: () =>
    queryOptions({
      queryKey: ['notifications', 'unread'],
      queryFn: () => unwrap(api.GET('/api/me/notifications', { params: { query: { limit: 1, unread: 'true' } } })),
      refetchInterval: 60_000,
    }),
  list: () =>
    infiniteQueryOptions({
      queryKey: ['notifications', 'list'],
      queryFn: ({ pageParam }) => unwrap(api.GET('/api/me/notifications', { params: { query: { limit: 30, cursor: pageParam } } })),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.nextCursor ?? undefined,
    }),
};

export function invalidateNotifications(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ queryKey: ['notifications'] });
}
