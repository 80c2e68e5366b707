import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { mayEditOwnWork } from '../../domain/dialogue.ts';
import { forbidden } from '../../errors.ts';
import type { Membership } from '../../http/context.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/** Deletes a story (its author or the coordinator) and returns it as it was; statements made from it stay. */
export async function deleteStory(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, storyId: string) {
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await loadStory(tx, membership, storyId, true);
    if (!mayEditOwnWork({ ...membership, userId: actor.userId }, current.created_by)) throw forbidden('Only the author or the coordinator can delete this story');
    const story = (await findStory(tx, networkId, storyId))!;
    await tx.deleteFrom('stories').where('id', '=', storyId).execute();
    await recordAudit(tx, actor, { networkId, action: 'story.delete', objectType: 'story', objectId: storyId, details: { title: story.title } });
    return story;
  });
}
