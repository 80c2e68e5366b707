import type { Queryable } from '../../db/transaction.ts';

/** Goals with their author's name, for `toGoalViews`. */
export function selectGoals(q: Queryable) {
  return q.selectFrom('goals as g').innerJoin('users as u', 'u.id', 'g.created_by').selectAll('g').select('u.name as created_by_name');
}

type GoalRow = Awaited<ReturnType<ReturnType<typeof selectGoals>['executeTakeFirstOrThrow']>>;

/** Rows as views, with each goal's partners and their acceptance, and its latest progress value. */
export async function toGoalViews(q: Queryable, rows: GoalRow[]) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const partners = await q
    .selectFrom('goal_partners as gp')
    .innerJoin('partners as p', 'p.id', 'gp.partner_id')
    .leftJoin('users as u', 'u.id', 'gp.accepted_by')
    .select(['gp.goal_id', 'p.id', 'p.name', 'gp.accepted_version', 'gp.accepted_by', 'gp.accepted_at', 'u.name as accepted_by_name'])
    .where('gp.goal_id', 'in', ids)
    .orderBy('p.name')
    .execute();
  const progress = await q
    .selectFrom('goal_progress')
    .select(['goal_id', 'measured_on', 'value'])
    .where('goal_id', 'in', ids)
    .orderBy('measured_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => {
    const mine = partners
      .filter((p) => p.goal_id === row.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        accepted: p.accepted_version !== null,
        acceptedVersion: p.accepted_version,
        acceptedBy: p.accepted_by ? { id: p.accepted_by, name: p.accepted_by_name ?? '' } : null,
        acceptedAt: p.accepted_at?.toISOString() ?? null,
      }));
    const latest = progress.find((p) => p.goal_id === row.id);
    return {
      id: row.id,
      title: row.title,
      indicator: row.indicator,
      unit: row.unit,
      baseline: row.baseline,
      target: row.target,
      deadline: row.deadline,
      agreedResult: row.agreed_result,
      version: row.version,
      shared: mine.length > 0 && mine.every((p) => p.accepted),
      partners: mine,
      latest: latest ? { measuredOn: latest.measured_on, value: latest.value } : null,
      createdBy: { id: row.created_by, name: row.created_by_name },
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  });
}

/** One goal of the network as a view, or undefined. */
export async function findGoal(q: Queryable, networkId: string, goalId: string) {
  const row = await selectGoals(q).where('g.network_id', '=', networkId).where('g.id', '=', goalId).executeTakeFirst();
  if (!row) return undefined;
  return (await toGoalViews(q, [row]))[0];
}
