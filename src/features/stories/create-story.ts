import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { normaliseTags } from '../../domain/dialogue.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkPartnerIds } from '../differences/check-partner-ids.ts';
import { findStory } from './story-view.ts';

export interface NewStory {
  title: string;
  whatHappened?: string | undefined;
  whatMadeItWork?: string | undefined;
  partnerIds?: string[] | undefined;
  tags?: string[] | undefined;
}

/** Tells a success story: what happened, who was involved and what made it work (every role but observer). */
export async function createStory({ db, clock }: AppDeps, { actor, membership, story: input }: NetworkCaller & { story: NewStory }) {
  permit(membership, 'story.write', 'Observers read along; they do not tell stories');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partnerIds = await checkPartnerIds(tx, networkId, input.partnerIds ?? []);
    const id = randomUUID();
    const title = input.title.trim();
    const tags = normaliseTags(input.tags ?? []);
    await tx
      .insertInto('stories')
      .values({
        id,
        network_id: networkId,
        created_by: actor.userId,
        title,
        what_happened: input.whatHappened?.trim() ?? '',
        what_made_it_work: input.whatMadeItWork?.trim() ?? '',
        tags: JSON.stringify(tags),
        origin_round_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (partnerIds.length > 0) await tx.insertInto('story_partners').values(partnerIds.map((partnerId) => ({ network_id: networkId, story_id: id, partner_id: partnerId }))).execute();
    await recordAudit(tx, actor, { networkId, action: 'story.create', objectType: 'story', objectId: id, details: { title, partnerIds, tags } });
    return (await findStory(tx, networkId, id))!;
  });
}
