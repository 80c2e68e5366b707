import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { findHistoryEntry } from './history-entry-view.ts';
import { beginHistoryChange, recordHistoryChange } from './history-changes.ts';

/** Deletes a history entry (coordinator, or a representative of an involved partner) and returns it as it was. */
export async function deleteHistoryEntry({ db }: AppDeps, { actor, membership, entryId }: NetworkCaller & { entryId: string }) {
  permit(membership, 'history.write');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const locked = await tx.selectFrom('history_entries').select('id').where('id', '=', entryId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!locked) throw notFound('History entry not found');
    const entry = (await findHistoryEntry(tx, networkId, entryId))!;
    const partnerIds = entry.partners.map((p) => p.id);
    demand(actsForAnyPartner(membership, partnerIds), 'Only the coordinator or a representative of an involved partner can delete this entry');
    const changedAt = await beginHistoryChange(tx, networkId, partnerIds);
    await tx.deleteFrom('history_entries').where('id', '=', entryId).execute();
    await recordHistoryChange(tx, actor, { networkId, action: 'history.delete', entryId, title: entry.title, partnerIds, changedAt });
    return entry;
  });
}
