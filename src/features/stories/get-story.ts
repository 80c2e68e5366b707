import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { loadStory } from './load-story.ts';
import { findStory } from './story-view.ts';

/** One success story with its partners and supporters. */
export async function getStory({ db }: AppDeps, { membership, storyId }: { membership: Membership; storyId: string }) {
  permit(membership, 'network.read');
  await loadStory(db, membership, storyId);
  return (await findStory(db, membership.networkId, storyId))!;
}
