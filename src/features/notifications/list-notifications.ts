import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';

export interface NotificationFilter {
  limit: number;
  cursor?: string | undefined;
  /** Only the notifications not read yet. */
  unread?: boolean | undefined;
}

/** The signed-in person's notifications, newest first, with the number still unread. */
export async function listNotifications({ db }: AppDeps, { userId, filter: page }: { userId: string; filter: NotificationFilter }) {
  const cursor = decodeCursor(page.cursor);
  let query = db
    .selectFrom('notifications as n')
    .innerJoin('networks as w', 'w.id', 'n.network_id')
    .innerJoin('network_members as m', (j) => j.onRef('m.network_id', '=', 'n.network_id').onRef('m.user_id', '=', 'n.user_id'))
    .select(['n.id', 'n.network_id', 'w.name as network_name', 'n.kind', 'n.params', 'n.link', 'n.created_at', 'n.read_at'])
    .where('n.user_id', '=', userId);
  if (page.unread) query = query.where('n.read_at', 'is', null);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'n.created_at', 'n.id'));
  const rows = await query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(page.limit + 1).execute();
  const unread = await db
    .selectFrom('notifications as n')
    .innerJoin('network_members as m', (j) => j.onRef('m.network_id', '=', 'n.network_id').onRef('m.user_id', '=', 'n.user_id'))
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('n.user_id', '=', userId)
    .where('n.read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return {
    ...toPage(rows, page.limit, (r) => ({
      id: r.id,
      networkId: r.network_id,
      networkName: r.network_name,
      kind: r.kind,
      params: r.params,
      link: r.link,
      createdAt: r.created_at.toISOString(),
      read: r.read_at !== null,
    })),
    unread: Number(unread.count),
  };
}
