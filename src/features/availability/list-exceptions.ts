import type { Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { selectExceptions, toExceptionView } from './availability-views.ts';

/**
 * The network's exceptions, newest recorded first, filtered by partner and/or capability (an
 * exception for every capability of a partner is included under any capability filter).
 */
export async function listExceptions(db: Kysely<DB>, networkId: string, query: { limit: number; cursor?: string | undefined; capability?: string | undefined; partner?: string | undefined }) {
  const cursor = decodeCursor(query.cursor);
  let q = selectExceptions(db, networkId);
  const capability = query.capability;
  if (capability) q = q.where((eb) => eb.or([eb('e.capability_id', '=', capability), eb('e.capability_id', 'is', null)]));
  if (query.partner) q = q.where('e.partner_id', '=', query.partner);
  if (cursor) q = q.where(afterCursor(cursor, 'desc', 'e.created_at', 'e.id'));
  const rows = await q.orderBy('e.created_at', 'desc').orderBy('e.id', 'desc').limit(query.limit + 1).execute();
  return toPage(rows, query.limit, toExceptionView);
}
