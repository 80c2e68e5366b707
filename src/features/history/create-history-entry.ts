import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, permit } from '../../domain/permissions.ts';
import type { HistoryOutcome } from '../../domain/shared-history.ts';
import { checkHistoryEntry } from './entry-partners.ts';
import { findHistoryEntry } from './history-entry-view.ts';
import { beginHistoryChange, recordHistoryChange } from './history-changes.ts';

export interface NewHistoryEntry {
  title: string;
  description?: string | undefined;
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
  outcome: HistoryOutcome;
  note?: string | undefined;
  partnerIds: string[];
}

/**
 * Records an earlier collaboration between two or more partners. The coordinator may record any;
 * a representative only one their own partner took part in.
 */
export async function createHistoryEntry({ db }: AppDeps, { actor, membership, entry: input }: NetworkCaller & { entry: NewHistoryEntry }) {
  permit(membership, 'history.write');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const startedOn = input.startedOn ?? null;
    const endedOn = input.endedOn ?? null;
    const partnerIds = await checkHistoryEntry(tx, networkId, { partnerIds: input.partnerIds, startedOn, endedOn });
    demand(actsForAnyPartner(membership, partnerIds), 'A representative can only record history their own partner took part in');
    const changedAt = await beginHistoryChange(tx, networkId, partnerIds);
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('history_entries')
      .values({
        id,
        network_id: networkId,
        title,
        description: input.description?.trim() ?? '',
        started_on: startedOn,
        ended_on: endedOn,
        outcome: input.outcome,
        note: input.note?.trim() ?? '',
        created_by: actor.userId,
        created_at: changedAt,
        updated_at: changedAt,
        version: 1,
      })
      .execute();
    await tx
      .insertInto('history_entry_partners')
      .values(partnerIds.map((partnerId) => ({ network_id: networkId, entry_id: id, partner_id: partnerId })))
      .execute();
    await recordHistoryChange(tx, actor, { networkId, action: 'history.create', entryId: id, title, partnerIds, changedAt });
    return (await findHistoryEntry(tx, networkId, id))!;
  });
}
