import { sql, type Kysely } from 'kysely';
import { afterCursor, decodeCursor, toPage } from '../../db/pagination.ts';
import type { DB } from '../../db/schema.ts';
import { normaliseTags } from '../../domain/dialogue.ts';
import { forbidden } from '../../errors.ts';
import type { Membership } from '../../http/context.ts';
import { selectStories, toStoryViews } from './story-view.ts';

export interface StoryFilter {
  limit: number;
  cursor?: string | undefined;
  tag?: string | undefined;
  /** The drafts from a round's open answers instead of the published stories (coordinator only). */
  draft?: boolean | undefined;
}

/** The network's success stories, newest first, one page at a time; optionally those with one tag. */
export async function listStories(db: Kysely<DB>, membership: Membership, filter: StoryFilter) {
  if (filter.draft && membership.role !== 'coordinator') throw forbidden('Drafts from a round are for the coordinator until published');
  const cursor = decodeCursor(filter.cursor);
  let query = selectStories(db, membership.networkId).where('s.draft', '=', filter.draft ?? false);
  const [tag] = normaliseTags(filter.tag ? [filter.tag] : []);
  if (tag) query = query.where(sql<boolean>`s.tags @> ${JSON.stringify([tag])}::jsonb`);
  if (cursor) query = query.where(afterCursor(cursor, 'desc', 's.created_at', 's.id'));
  const rows = await query.orderBy('s.created_at', 'desc').orderBy('s.id', 'desc').limit(filter.limit + 1).execute();
  const { items, nextCursor } = toPage(rows, filter.limit, (row) => row);
  return { items: await toStoryViews(db, items), nextCursor };
}
