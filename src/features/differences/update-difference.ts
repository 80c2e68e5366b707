import type { DifferenceKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForAnyPartner, demand, mayEditOwnWork, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkPartnerIds } from './check-partner-ids.ts';
import { noticeDifferenceNamed } from './difference-notices.ts';
import { findDifference } from './difference-view.ts';
import { loadDifference, partnerIdsOf } from './load-difference.ts';

export interface DifferenceChanges {
  baseVersion: number;
  topic?: string | undefined;
  description?: string | undefined;
  kind?: DifferenceKind | undefined;
  partnerIds?: string[] | undefined;
  draft?: false | undefined;
}

/**
 * Changes a difference's topic, description, kind or partners (the coordinator, or its creator as
 * long as their own partner stays part of it), or publishes a draft from a round (the coordinator).
 * The views of partners that stay are kept. Partners newly named on a published difference, or
 * every partner of a draft just published, hear of it. A stale baseVersion gets 409.
 */
export async function updateDifference(deps: AppDeps, { actor, membership, differenceId, changes }: NetworkCaller & { differenceId: string; changes: DifferenceChanges }) {
  permit(membership, 'difference.write');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const current = await loadDifference(tx, membership, differenceId, true);
    demand(mayEditOwnWork(membership, actor.userId, current.created_by), 'Only the coordinator or whoever named this difference can change it');
    if (current.version !== changes.baseVersion) {
      throw conflict('The difference was changed by someone else; reload and try again', { currentVersion: current.version, current: await findDifference(tx, networkId, differenceId) });
    }
    const before = await partnerIdsOf(tx, differenceId);
    const after = changes.partnerIds ? await checkPartnerIds(tx, networkId, changes.partnerIds) : before;
    demand(actsForAnyPartner(membership, after), 'A representative cannot take their own partner out of a difference');
    const publishing = current.draft && changes.draft === false;

    const topic = changes.topic?.trim() ?? current.topic;
    await tx
      .updateTable('differences')
      .set({
        topic,
        description: changes.description?.trim() ?? current.description,
        kind: changes.kind ?? current.kind,
        draft: publishing ? false : current.draft,
        updated_at: now,
        version: current.version + 1,
      })
      .where('id', '=', differenceId)
      .execute();
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (removed.length > 0) await tx.deleteFrom('difference_partners').where('difference_id', '=', differenceId).where('partner_id', 'in', removed).execute();
    if (added.length > 0) {
      await tx.insertInto('difference_partners').values(added.map((partnerId) => ({ network_id: networkId, difference_id: differenceId, partner_id: partnerId }))).execute();
    }
    const changed = Object.keys(changes).filter((k) => k !== 'baseVersion');
    await recordAudit(tx, actor, {
      networkId,
      action: publishing ? 'difference.publish' : 'difference.update',
      objectType: 'difference',
      objectId: differenceId,
      details: { topic, changed, ...(added.length > 0 ? { addedPartnerIds: added } : {}), ...(removed.length > 0 ? { removedPartnerIds: removed } : {}) },
    });
    const toTell = publishing ? after : current.draft ? [] : added;
    if (toTell.length > 0) await noticeDifferenceNamed(tx, deps, { networkId, differenceId, topic, partnerIds: toTell, actorId: actor.userId });
    return (await findDifference(tx, networkId, differenceId))!;
  });
}
