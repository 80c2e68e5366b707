import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Membership } from '../../http/context.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/** One success story with its partners and supporters. */
export async function getStory(db: Kysely<DB>, membership: Membership, storyId: string) {
  await loadStory(db, membership, storyId);
  return (await findStory(db, membership.networkId, storyId))!;
}
