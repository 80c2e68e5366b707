import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DifferenceKind } from '../../db/schema.ts';
import type { AppDeps } from '../../deps.ts';
import type { DifferenceStatus } from '../../domain/development.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit, seesDrafts } from '../../domain/permissions.ts';
import { selectDifferences, toDifferenceViews } from './difference-view.ts';

export interface DifferenceFilter {
  limit: number;
  cursor?: string | undefined;
  status?: DifferenceStatus | undefined;
  kind?: DifferenceKind | undefined;
  /** The drafts from a round's open answers instead of the published differences (coordinator only). */
  draft?: boolean | undefined;
}

export interface ListDifferencesOptions {
  membership: Membership;
  filter: DifferenceFilter;
}

/** The differences agenda, newest named first, one page at a time, each with its partners' views. */
export async function listDifferences({ db }: AppDeps, { membership, filter }: ListDifferencesOptions) {
  permit(membership, 'network.read');
  demand(!filter.draft || seesDrafts(membership), 'Drafts from a round are for the coordinator until published');
  const cursor = decodeCursor(filter.cursor);
  let query = selectDifferences(db, membership.networkId).where('d.draft', '=', filter.draft ?? false);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  if (filter.kind) query = query.where('d.kind', '=', filter.kind);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 'd.created_at', 'd.id'));
  const rows = await query.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(filter.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, filter.limit, (row) => row);
  return { items: await toDifferenceViews(db, membership.networkId, items), nextCursor };
}
