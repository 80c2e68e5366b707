import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { mayWriteHistoryEntry, type HistoryOutcome } from '../../domain/shared-history.ts';
import { forbidden } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
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
export async function createHistoryEntry(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, input: NewHistoryEntry) {
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const startedOn = input.startedOn ?? null;
    const endedOn = input.endedOn ?? null;
    const partnerIds = await checkHistoryEntry(tx, networkId, { partnerIds: input.partnerIds, startedOn, endedOn });
    if (!mayWriteHistoryEntry(membership, partnerIds)) throw forbidden('A representative can only record history their own partner took part in');
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
