import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayEditOwnWork, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/** Deletes a story (its author or the coordinator) and returns it as it was; statements made from it stay. */
export async function deleteStory({ db }: AppDeps, { actor, membership, storyId }: NetworkCaller & { storyId: string }) {
  permit(membership, 'story.write', 'Observers read along; they do not tell stories');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await loadStory(tx, membership, storyId, true);
    demand(mayEditOwnWork(membership, actor.userId, current.created_by), 'Only the author or the coordinator can delete this story');
    const story = (await findStory(tx, networkId, storyId))!;
    await tx.deleteFrom('stories').where('id', '=', storyId).execute();
    await recordAudit(tx, actor, { networkId, action: 'story.delete', objectType: 'story', objectId: storyId, details: { title: story.title } });
    return story;
  });
}
