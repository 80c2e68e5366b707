import type { Queryable } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { Membership } from '../../domain/membership.ts';
import { seesDrafts } from '../../domain/permissions.ts';

/** The story row, locked when `lock` is set, if the caller may see it (a draft is the coordinator's until published). */
export async function loadStory(q: Queryable, membership: Membership, storyId: string, lock = false) {
  let query = q.selectFrom('stories').selectAll().where('id', '=', storyId).where('network_id', '=', membership.networkId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || (row.draft && !seesDrafts(membership))) throw notFound('Story not found');
  return row;
}
