import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { normaliseTags } from '../../domain/dialogue.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, mayEditOwnWork, permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkPartnerIds } from '../differences/check-partner-ids.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

export interface StoryChanges {
  baseVersion: number;
  title?: string | undefined;
  whatHappened?: string | undefined;
  whatMadeItWork?: string | undefined;
  partnerIds?: string[] | undefined;
  tags?: string[] | undefined;
  draft?: false | undefined;
}

/** Changes a story (its author or the coordinator) or publishes a draft from a round; a stale baseVersion gets 409. */
export async function updateStory({ db, clock }: AppDeps, { actor, membership, storyId, changes }: NetworkCaller & { storyId: string; changes: StoryChanges }) {
  permit(membership, 'story.write', 'Observers read along; they do not tell stories');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const current = await loadStory(tx, membership, storyId, true);
    demand(mayEditOwnWork(membership, actor.userId, current.created_by), 'Only the author or the coordinator can change this story');
    if (current.version !== changes.baseVersion) {
      throw conflict('The story was changed by someone else; reload and try again', { currentVersion: current.version, current: await findStory(tx, networkId, storyId) });
    }
    const publishing = current.draft && changes.draft === false;
    const title = changes.title?.trim() ?? current.title;
    await tx
      .updateTable('stories')
      .set({
        title,
        what_happened: changes.whatHappened?.trim() ?? current.what_happened,
        what_made_it_work: changes.whatMadeItWork?.trim() ?? current.what_made_it_work,
        tags: JSON.stringify(changes.tags ? normaliseTags(changes.tags) : current.tags),
        draft: publishing ? false : current.draft,
        updated_at: clock.now(),
        version: current.version + 1,
      })
      .where('id', '=', storyId)
      .execute();
    if (changes.partnerIds) {
      const partnerIds = await checkPartnerIds(tx, networkId, changes.partnerIds);
      await tx.deleteFrom('story_partners').where('story_id', '=', storyId).execute();
      if (partnerIds.length > 0) await tx.insertInto('story_partners').values(partnerIds.map((partnerId) => ({ network_id: networkId, story_id: storyId, partner_id: partnerId }))).execute();
    }
    const changed = Object.keys(changes).filter((k) => k !== 'baseVersion');
    await recordAudit(tx, actor, { networkId, action: publishing ? 'story.publish' : 'story.update', objectType: 'story', objectId: storyId, details: { title, changed } });
    return (await findStory(tx, networkId, storyId))!;
  });
}
