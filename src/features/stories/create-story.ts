import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { normaliseTags } from '../../domain/dialogue.ts';
import type { Membership } from '../../http/context.ts';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
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
export async function createStory(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, input: NewStory) {
  const { networkId } = membership;
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
      })
      .execute();
    if (partnerIds.length > 0) await tx.insertInto('story_partners').values(partnerIds.map((partnerId) => ({ network_id: networkId, story_id: id, partner_id: partnerId }))).execute();
    await recordAudit(tx, actor, { networkId, action: 'story.create', objectType: 'story', objectId: id, details: { title, partnerIds, tags } });
    return (await findStory(tx, networkId, id))!;
  });
}
