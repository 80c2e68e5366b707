import type { Selectable } from 'kysely';
import type { StoriesTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';

type StoryRow = Selectable<StoriesTable> & { created_by_name: string };
type Ref = { id: string; name: string };

/** The stories' rows with their author's name. */
export function selectStories(q: Queryable, networkId: string) {
  return q.selectFrom('stories as s').innerJoin('users as u', 'u.id', 's.created_by').selectAll('s').select('u.name as created_by_name').where('s.network_id', '=', networkId);
}

function groupByStory(rows: Array<{ story_id: string; id: string; name: string }>) {
  const byStory = new Map<string, Ref[]>();
  for (const row of rows) {
    let list = byStory.get(row.story_id);
    if (list === undefined) byStory.set(row.story_id, (list = []));
    list.push({ id: row.id, name: row.name });
  }
  return byStory;
}

/** The partners involved in each story and the partners that support it, by name. */
async function partiesOf(q: Queryable, storyIds: string[]) {
  if (storyIds.length === 0) return { partners: new Map<string, Ref[]>(), supporters: new Map<string, Ref[]>() };
  const [involved, supporting] = await Promise.all([
    q.selectFrom('story_partners as l').innerJoin('partners as p', 'p.id', 'l.partner_id').select(['l.story_id', 'p.id', 'p.name']).where('l.story_id', 'in', storyIds).orderBy('p.name').orderBy('p.id').execute(),
    q.selectFrom('story_supports as l').innerJoin('partners as p', 'p.id', 'l.partner_id').select(['l.story_id', 'p.id', 'p.name']).where('l.story_id', 'in', storyIds).orderBy('p.name').orderBy('p.id').execute(),
  ]);
  return { partners: groupByStory(involved), supporters: groupByStory(supporting) };
}

/** A story as the API shows it. */
export function toStoryView(row: StoryRow, partners: Ref[], supporters: Ref[]) {
  return {
    id: row.id,
    title: row.title,
    whatHappened: row.what_happened,
    whatMadeItWork: row.what_made_it_work,
    tags: row.tags,
    partners,
    supporters,
    draft: row.draft,
    originRoundId: row.origin_round_id,
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Rows with their partners and supporters, as views. */
export async function toStoryViews(q: Queryable, rows: StoryRow[]) {
  const { partners, supporters } = await partiesOf(
    q,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toStoryView(row, partners.get(row.id) ?? [], supporters.get(row.id) ?? []));
}

/** One story as a view, or undefined when it is not in the network. */
export async function findStory(q: Queryable, networkId: string, storyId: string) {
  const row = await selectStories(q, networkId).where('s.id', '=', storyId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toStoryViews(q, [row]);
  return view;
}
