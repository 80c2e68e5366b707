import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadStory } from '../stories/load-story.ts';
import { findStatement } from './statement-view.ts';

export interface NewStatement {
  text?: string | undefined;
  fromStoryId?: string | undefined;
  /** The story was named in the path (a missing one is a 404), not in the body (a wrong field). */
  storyInPath?: boolean;
}

/**
 * Adds a statement to the vision (every role but observer), optionally grown from a success story.
 * Without `text`, the story's title becomes the statement.
 */
export async function createStatement({ db, clock }: AppDeps, { actor, membership, statement: input }: NetworkCaller & { statement: NewStatement }) {
  permit(membership, 'statement.write');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    let text = input.text?.trim() ?? '';
    if (input.fromStoryId) {
      // A story named in the path that is not there is a 404; one named in the body is a wrong field.
      const story = await loadStory(tx, membership, input.fromStoryId).catch((err: unknown) => {
        throw input.storyInPath ? err : invalid('The story is not part of this network', [{ path: ['fromStoryId'], message: 'Unknown story' }]);
      });
      if (story.draft) throw invalid('Publish the draft story first', [{ path: ['fromStoryId'], message: 'Draft story' }]);
      if (text === '') text = story.title;
    }
    if (text.length < 2) throw invalid('Write the statement', [{ path: ['text'], message: 'Too short' }]);
    const id = randomUUID();
    await tx.insertInto('vision_statements').values({ id, network_id: networkId, created_by: actor.userId, text, from_story_id: input.fromStoryId ?? null, created_at: now, updated_at: now }).execute();
    await recordAudit(tx, actor, { networkId, action: 'vision_statement.create', objectType: 'vision_statement', objectId: id, details: { text, ...(input.fromStoryId ? { fromStoryId: input.fromStoryId } : {}) } });
    return (await findStatement(tx, networkId, id))!;
  });
}
