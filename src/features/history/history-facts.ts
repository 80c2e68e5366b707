import type { Queryable } from '../../db/transaction.ts';
import type { HistoryEntryFacts } from '../../domain/shared-history.ts';

/** Every history entry of the network as the partners involved and its outcome (for the matrix and the map). */
export async function loadHistoryFacts(q: Queryable, networkId: string): Promise<HistoryEntryFacts[]> {
  const rows = await q
    .selectFrom('history_entry_partners as ep')
    .innerJoin('history_entries as e', 'e.id', 'ep.entry_id')
    .select(['ep.entry_id', 'ep.partner_id', 'e.outcome'])
    .where('ep.network_id', '=', networkId)
    .execute();
  const byEntry = new Map<string, { partnerIds: string[]; outcome: HistoryEntryFacts['outcome'] }>();
  for (const row of rows) {
    let entry = byEntry.get(row.entry_id);
    if (entry === undefined) byEntry.set(row.entry_id, (entry = { partnerIds: [], outcome: row.outcome }));
    entry.partnerIds.push(row.partner_id);
  }
  return [...byEntry.values()];
}

/** The network's partners by name: the rows and columns of the matrix, the nodes of the map. */
export function loadPartnersByName(q: Queryable, networkId: string) {
  return q.selectFrom('partners').select(['id', 'name', 'sector']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute();
}
