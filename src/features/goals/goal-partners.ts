import type { Tx } from '../../db/transaction.ts';
import { invalid } from '../../errors.ts';

/** The distinct partner ids, each a partner of this network (400 otherwise). */
export async function checkGoalPartners(tx: Tx, networkId: string, partnerIds: string[]): Promise<string[]> {
  const unique = [...new Set(partnerIds)];
  const found = await tx.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', unique).execute();
  if (found.length !== unique.length) throw invalid('Every partner must be a partner of this network', [{ path: ['partnerIds'], message: 'Not a partner of this network' }]);
  return unique;
}
