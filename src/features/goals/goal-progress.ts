import { randomUUID } from 'node:crypto';
import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { Membership, NetworkCaller } from '../../domain/membership.ts';
import { demand, directsNetwork, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';

async function progressOf(q: Queryable, goalId: string) {
  const rows = await q
    .selectFrom('goal_progress as gp')
    .innerJoin('users as u', 'u.id', 'gp.created_by')
    .select(['gp.id', 'gp.measured_on', 'gp.value', 'gp.note', 'gp.created_by', 'gp.created_at', 'u.name'])
    .where('gp.goal_id', '=', goalId)
    .orderBy('gp.measured_on')
    .orderBy('gp.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, measuredOn: r.measured_on, value: r.value, note: r.note, createdBy: { id: r.created_by, name: r.name }, createdAt: r.created_at.toISOString() }));
}

/** The dated values of a goal's indicator, oldest first (the chart's series). */
export async function listGoalProgress({ db }: AppDeps, { membership, goalId }: { membership: Membership; goalId: string }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const goal = await db.selectFrom('goals').select('id').where('id', '=', goalId).where('network_id', '=', networkId).executeTakeFirst();
  if (!goal) throw notFound('Goal not found');
  return { items: await progressOf(db, goalId) };
}

export interface GoalProgressEntry {
  measuredOn: string;
  value: number;
  note?: string | undefined;
}

/** Records a measured value: the coordinator, or a representative of an involved partner. */
export async function addGoalProgress({ db, clock }: AppDeps, { actor, membership, goalId, progress: input }: NetworkCaller & { goalId: string; progress: GoalProgressEntry }) {
  // Everyone gets this far so that an unknown goal is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const goal = await tx.selectFrom('goals').select(['id', 'title']).where('id', '=', goalId).where('network_id', '=', networkId).executeTakeFirst();
    if (!goal) throw notFound('Goal not found');
    if (!directsNetwork(membership)) {
      const partnerId = partnerSpokenFor(membership);
      const involved = partnerId ? await tx.selectFrom('goal_partners').select('partner_id').where('goal_id', '=', goalId).where('partner_id', '=', partnerId).executeTakeFirst() : undefined;
      demand(involved !== undefined, 'Progress is recorded by the coordinator or a representative of an involved partner');
    }
    const id = randomUUID();
    await tx
      .insertInto('goal_progress')
      .values({ id, network_id: networkId, goal_id: goalId, created_by: actor.userId, created_at: now, measured_on: input.measuredOn, value: input.value, note: input.note?.trim() ?? '' })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'goal.progress', objectType: 'goal', objectId: goalId, details: { measuredOn: input.measuredOn, value: input.value } });
    return (await progressOf(tx, goalId)).find((p) => p.id === id)!;
  });
}
