import type { Tx } from '../../db/transaction.ts';
import { distinctIds, historyEntryProblems } from '../../domain/shared-history.ts';
import { invalid } from '../../errors.ts';

/**
 * Checks an entry's partners and dates (DESIGN §4: history is shared by two or more partners of
 * this network) and returns the distinct partner ids, or throws a validation error per field.
 */
export async function checkHistoryEntry(
  tx: Tx,
  networkId: string,
  input: { partnerIds: readonly string[]; startedOn: string | null; endedOn: string | null },
): Promise<string[]> {
  const problems = historyEntryProblems(input);
  if (problems.length > 0) throw invalid('The history entry is not valid', problems);
  const partnerIds = distinctIds(input.partnerIds);
  const found = await tx.selectFrom('partners').select('id').where('network_id', '=', networkId).where('id', 'in', partnerIds).execute();
  if (found.length !== partnerIds.length) {
    const known = new Set(found.map((p) => p.id));
    const unknown = partnerIds.filter((id) => !known.has(id));
    throw invalid('Some partners are not part of this network', [{ path: ['partnerIds'], message: `Unknown partners: ${unknown.join(', ')}` }]);
  }
  return partnerIds;
}
