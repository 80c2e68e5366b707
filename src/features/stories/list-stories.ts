import { sql } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { AppDeps } from '../../deps.ts';
import { normaliseTags } from '../../domain/dialogue.ts';
import type { Membership } from '../../domain/membership.ts';
import { demand, permit, seesDrafts } from '../../domain/permissions.ts';
import { selectStories, toStoryViews } from './story-view.ts';

export interface StoryFilter {
  limit: number;
  cursor?: string | undefined;
  tag?: string | undefined;
  /** The drafts from a round's open answers instead of the published stories (coordinator only). */
  draft?: boolean | undefined;
}

export interface ListStoriesOptions {
  membership: Membership;
  filter: StoryFilter;
}

/** The network's success stories, newest first, one page at a time; optionally those with one tag. */
export async function listStories({ db }: AppDeps, { membership, filter }: ListStoriesOptions) {
  permit(membership, 'network.read');
  demand(!filter.draft || seesDrafts(membership), 'Drafts from a round are for the coordinator until published');
  const cursor = decodeCursor(filter.cursor);
  let query = selectStories(db, membership.networkId).where('s.draft', '=', filter.draft ?? false);
  const [tag] = normaliseTags(filter.tag ? [filter.tag] : []);
  if (tag) query = query.where(sql<boolean>`s.tags @> ${JSON.stringify([tag])}::jsonb`);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 's.created_at', 's.id'));
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(filter.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, filter.limit, (row) => row);
  return { items: await toStoryViews(db, items), nextCursor };
}
