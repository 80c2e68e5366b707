import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { partnerSpokenFor } from '../../domain/dialogue.ts';
import { forbidden } from '../../errors.ts';
import type { Membership } from '../../http/context.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/**
 * A representative supports a story on behalf of their partner (`support` true), or withdraws that
 * support. Doing it twice changes nothing.
 */
export async function supportStory(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, storyId: string, support: boolean) {
  const { networkId } = membership;
  const partnerId = partnerSpokenFor(membership);
  return inTransaction(db, async (tx) => {
    await loadStory(tx, membership, storyId, true);
    if (!partnerId) throw forbidden('A representative supports a story on behalf of their partner');
    if (support) {
      const added = await tx
        .insertInto('story_supports')
        .values({ network_id: networkId, story_id: storyId, partner_id: partnerId, supported_by: actor.userId })
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
