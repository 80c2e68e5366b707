import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { selectHistoryEntries, toHistoryEntryViews } from './history-entry-view.ts';

/** The network's shared history, newest recorded first, one page at a time, each entry with its partners. */
export async function listHistoryEntries({ db }: AppDeps, { membership, page }: { membership: Membership; page: { limit: number; cursor?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(page.cursor);
  let query = selectHistoryEntries(db, networkId);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'e.created_at', 'e.id'));
  const rows = await query.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(page.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, page.limit, (row) => row);
  return { items: await toHistoryEntryViews(db, networkId, items), nextCursor };
}
