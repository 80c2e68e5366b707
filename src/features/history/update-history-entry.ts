import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import type { HistoryOutcome } from '../../domain/shared-history.ts';
import { conflict, notFound } from '../../errors.ts';
import { checkHistoryEntry } from './entry-partners.ts';
import { findHistoryEntry } from './history-entry-view.ts';
import { beginHistoryChange, recordHistoryChange } from './history-changes.ts';

export interface HistoryEntryChanges {
  baseVersion: number;
  title?: string | undefined;
  description?: string | undefined;
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
  outcome?: HistoryOutcome | undefined;
  note?: string | undefined;
  partnerIds?: string[] | undefined;
}

/**
 * Changes a history entry. The caller must be allowed to write it both as it was and as it becomes
 * (a representative cannot move an entry away from their own partner); a change based on a stale
 * version gets 409 with the current entry.
 */
export async function updateHistoryEntry({ db }: AppDeps, { actor, membership, entryId, changes }: NetworkCaller & { entryId: string; changes: HistoryEntryChanges }) {
  permit(membership, 'history.write');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await tx.selectFrom('history_entries').selectAll().where('id', '=', entryId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!current) throw notFound('History entry not found');
    const before = (await tx.selectFrom('history_entry_partners').select('partner_id').where('entry_id', '=', entryId).execute()).map((r) => r.partner_id);
    demand(actsForAnyPartner(membership, before), 'Only the coordinator or a representative of an involved partner can change this entry');
    if (current.version !== changes.baseVersion) {
      throw conflict('The entry was changed by someone else; reload and try again', {
        currentVersion: current.version,
        current: await findHistoryEntry(tx, networkId, entryId),
      });
    }
    const startedOn = changes.startedOn === undefined ? current.started_on : changes.startedOn;
    const endedOn = changes.endedOn === undefined ? current.ended_on : changes.endedOn;
    const after = await checkHistoryEntry(tx, networkId, { partnerIds: changes.partnerIds ?? before, startedOn, endedOn });
    demand(actsForAnyPartner(membership, after), 'A representative cannot take their own partner out of an entry');

    const changedAt = await beginHistoryChange(tx, networkId, [...before, ...after]);
    const title = changes.title?.trim() ?? current.title;
    await tx
      .updateTable('history_entries')
      .set({
        title,
        description: changes.description?.trim() ?? current.description,
        started_on: startedOn,
        ended_on: endedOn,
        outcome: changes.outcome ?? current.outcome,
        note: changes.note?.trim() ?? current.note,
        updated_at: changedAt,
        version: current.version + 1,
      })
      .where('id', '=', entryId)
      .execute();
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (removed.length > 0) await tx.deleteFrom('history_entry_partners').where('entry_id', '=', entryId).where('partner_id', 'in', removed).execute();
    if (added.length > 0) {
      await tx.insertInto('history_entry_partners').values(added.map((partnerId) => ({ network_id: networkId, entry_id: entryId, partner_id: partnerId }))).execute();
    }
    await recordHistoryChange(tx, actor, { networkId, action: 'history.update', entryId, title, partnerIds: [...before, ...added], changedAt });
    return (await findHistoryEntry(tx, networkId, entryId))!;
  });
}
