import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { hasConsequence, selectDecisions, toDecisionViews } from './decision-view.ts';

export interface DecisionQuery {
  limit: number;
  cursor?: string | undefined;
  changesNothing?: 'true' | 'false' | undefined;
}

/**
 * The network's decisions across sessions, newest first, one page at a time, each with its
 * consequences and the "changes nothing tomorrow" flag; `changesNothing` keeps only the flagged
 * ones (true) or only those with a consequence (false).
 */
export async function listDecisions({ db }: AppDeps, { membership, query }: { membership: Membership; query: DecisionQuery }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const cursor = decodeCursor(query.cursor);
  let select = selectDecisions(db, networkId);
  if (query.changesNothing === 'true') select = select.where((eb) => eb.not(hasConsequence(eb)));
  if (query.changesNothing === 'false') select = select.where((eb) => hasConsequence(eb));
  if (cursor) select = select.where(afterCursor(cursor, 'desc', 'd.created_at', 'd.id'));
  const rows = await select.orderBy('d.created_at', 'desc').orderBy('d.id', 'desc').limit(query.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, query.limit, (row) => row);
  return { items: await toDecisionViews(db, networkId, items), nextCursor };
}
