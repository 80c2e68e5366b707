import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction, type Queryable } from '../../db/transaction.ts';
import { forbidden, notFound } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
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
export async function listGoalProgress(db: Kysely<DB>, networkId: string, goalId: string) {
  const goal = await db.selectFrom('goals').select('id').where('id', '=', goalId).where('network_id', '=', networkId).executeTakeFirst();
  if (!goal) throw notFound('Goal not found');
  return { items: await progressOf(db, goalId) };
}

/** Records a measured value: the coordinator, or a representative of an involved partner. */
export async function addGoalProgress(db: Kysely<DB>, actor: Actor & { userId: string }, membership: Membership, goalId: string, input: { measuredOn: string; value: number; note?: string | undefined }) {
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const goal = await tx.selectFrom('goals').select(['id', 'title']).where('id', '=', goalId).where('network_id', '=', networkId).executeTakeFirst();
    if (!goal) throw notFound('Goal not found');
    if (membership.role !== 'coordinator') {
      const involved =
        membership.role === 'representative' && membership.partnerId
          ? await tx.selectFrom('goal_partners').select('partner_id').where('goal_id', '=', goalId).where('partner_id', '=', membership.partnerId).executeTakeFirst()
          : undefined;
      if (!involved) throw forbidden('Progress is recorded by the coordinator or a representative of an involved partner');
    }
    const id = randomUUID();
    await tx.insertInto('goal_progress').values({ id, network_id: networkId, goal_id: goalId, created_by: actor.userId, measured_on: input.measuredOn, value: input.value, note: input.note?.trim() ?? '' }).execute();
    await recordAudit(tx, actor, { networkId, action: 'goal.progress', objectType: 'goal', objectId: goalId, details: { measuredOn: input.measuredOn, value: input.value } });
    return (await progressOf(tx, goalId)).find((p) => p.id === id)!;
  });
}
