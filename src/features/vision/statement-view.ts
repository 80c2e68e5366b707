import type { Queryable } from '../../db/transaction.ts';

type Ref = { id: string; name: string };

/** The statements' rows with their author's name and the title of the story they came from. */
export function selectStatements(q: Queryable, networkId: string) {
  return q
    .selectFrom('vision_statements as v')
    .innerJoin('users as u', 'u.id', 'v.created_by')
    .leftJoin('stories as s', 's.id', 'v.from_story_id')
    .selectAll('v')
    .select(['u.name as created_by_name', 's.title as story_title'])
    .where('v.network_id', '=', networkId);
}

type StatementRow = Awaited<ReturnType<ReturnType<typeof selectStatements>['executeTakeFirstOrThrow']>>;

/** Rows with their supporting partners, as views, most supported first (equal support: oldest first). */
export async function toStatementViews(q: Queryable, rows: StatementRow[]) {
  const supporters = new Map<string, Ref[]>();
  if (rows.length > 0) {
    const supports = await q
      .selectFrom('vision_supports as vs')
      .innerJoin('partners as p', 'p.id', 'vs.partner_id')
      .select(['vs.vision_statement_id', 'p.id', 'p.name'])
      .where('vs.vision_statement_id', 'in', rows.map((r) => r.id))
      .orderBy('p.name')
      .orderBy('p.id')
      .execute();
    for (const s of supports) {
      let list = supporters.get(s.vision_statement_id);
      if (list === undefined) supporters.set(s.vision_statement_id, (list = []));
      list.push({ id: s.id, name: s.name });
    }
  }
  const views = rows.map((row) => ({
    id: row.id,
    text: row.text,
    fromStory: row.from_story_id ? { id: row.from_story_id, title: row.story_title ?? '' } : null,
    supporters: supporters.get(row.id) ?? [],
    version: row.version,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  }));
  return views.sort((a, b) => b.supporters.length - a.supporters.length || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** One statement as a view, or undefined when it is not in the network. */
export async function findStatement(q: Queryable, networkId: string, statementId: string) {
  const row = await selectStatements(q, networkId).where('v.id', '=', statementId).executeTakeFirst();
  if (!row) return undefined;
  const [view] = await toStatementViews(q, [row]);
  return view;
}
