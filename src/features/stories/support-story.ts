import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/**
 * A representative supports a story on behalf of their partner (`support` true), or withdraws that
 * support. Doing it twice changes nothing.
 */
export async function supportStory({ db, clock }: AppDeps, { actor, membership, storyId, support }: NetworkCaller & { storyId: string; support: boolean }) {
  permit(membership, 'story.support');
  const { networkId } = membership;
  const partnerId = partnerSpokenFor(membership);
  return inTransaction(db, async (tx) => {
    await loadStory(tx, membership, storyId, true);
    demand(partnerId !== null, 'A representative supports a story on behalf of their partner');
    if (support) {
      const added = await tx
        .insertInto('story_supports')
        .values({ network_id: networkId, story_id: storyId, partner_id: partnerId, supported_by: actor.userId, created_at: clock.now() })
        .onConflict((oc) => oc.columns(['story_id', 'partner_id']).doNothing())
        .executeTakeFirst();
      if (Number(added.numInsertedOrUpdatedRows ?? 0) > 0) await recordAudit(tx, actor, { networkId, action: 'story.support', objectType: 'story', objectId: storyId, details: { partnerId } });
    } else {
      const removed = await tx.deleteFrom('story_supports').where('story_id', '=', storyId).where('partner_id', '=', partnerId).executeTakeFirst();
      if (Number(removed.numDeletedRows) > 0) await recordAudit(tx, actor, { networkId, action: 'story.unsupport', objectType: 'story', objectId: storyId, details: { partnerId } });
    }
    return (await findStory(tx, networkId, storyId))!;
  });
}
