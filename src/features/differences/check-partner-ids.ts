import type { Queryable } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';

/**
 * The distinct partner ids of a body field, checked to be partners of this network; otherwise a
 * validation error on that field naming the unknown ones.
 */
export async function checkPartnerIds(q: Queryable, networkId: string, ids: readonly string[], field = 'partnerIds'): Promise<string[]> {
  const partnerIds = [...new Set(ids.map((id) => id.toLowerCase()))];
  if (partnerIds.length === 0) return [];
  const found = await q.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', partnerIds).execute();
  if (found.length !== partnerIds.length) {
    const known = new Set(found.map((p) => p.id));
    const unknown = partnerIds.filter((id) => !known.has(id));
    throw invalid('Some partners are not part of this network', [{ path: [field], message: `Unknown partners: ${unknown.join(', ')}` }]);
  }
  return partnerIds;
}
