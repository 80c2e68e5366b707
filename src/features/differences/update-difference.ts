import type { DifferenceKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { mayEditOwnWork, mayNameDifference } from '../../domain/dialogue.ts';
import { conflict, forbidden } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
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
export async function updateDifference(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  actor: Actor & { userId: string },
  membership: Membership,
  differenceId: string,
  changes: DifferenceChanges,
) {
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    const current = await loadDifference(tx, membership, differenceId, true);
    if (!mayEditOwnWork({ ...membership, userId: actor.userId }, current.created_by)) throw forbidden('Only the coordinator or whoever named this difference can change it');
    if (current.version !== changes.baseVersion) {
      throw conflict('The difference was changed by someone else; reload and try again', { currentVersion: current.version, current: await findDifference(tx, networkId, differenceId) });
    }
    const before = await partnerIdsOf(tx, differenceId);
    const after = changes.partnerIds ? await checkPartnerIds(tx, networkId, changes.partnerIds) : before;
    if (!mayNameDifference(membership, after)) throw forbidden('A representative cannot take their own partner out of a difference');
    const publishing = current.draft && changes.draft === false;

    const topic = changes.topic?.trim() ?? current.topic;
    await tx
      .updateTable('differences')
      .set({
        topic,
        description: changes.description?.trim() ?? current.description,
        kind: changes.kind ?? current.kind,
        draft: publishing ? false : current.draft,
        updated_at: new Date(),
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
