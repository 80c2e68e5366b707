import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { noticeGoalToAccept } from './goal-notices.ts';
import { checkGoalPartners } from './goal-partners.ts';
import { findGoal } from './goal-view.ts';

export interface NewGoal {
  title: string;
  indicator: string;
  unit?: string | undefined;
  baseline?: number | null | undefined;
  target: number;
  deadline: string;
  agreedResult: string;
  partnerIds: string[];
}

/** The coordinator sets a goal out; the involved partners' representatives are asked to accept its agreed result. */
export async function createGoal(deps: AppDeps, { actor, membership, goal: input }: NetworkCaller & { goal: NewGoal }) {
  permit(membership, 'goal.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const partnerIds = await checkGoalPartners(tx, networkId, input.partnerIds);
    const id = randomUUID();
    await tx
      .insertInto('goals')
      .values({
        id,
        network_id: networkId,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        title: input.title.trim(),
        indicator: input.indicator.trim(),
        unit: input.unit?.trim() ?? '',
        baseline: input.baseline ?? null,
        target: input.target,
        deadline: input.deadline,
        agreed_result: input.agreedResult.trim(),
        version: 1,
      })
      .execute();
    await tx.insertInto('goal_partners').values(partnerIds.map((partnerId) => ({ network_id: networkId, goal_id: id, partner_id: partnerId }))).execute();
    await recordAudit(tx, actor, { networkId, action: 'goal.create', objectType: 'goal', objectId: id, details: { title: input.title.trim(), partnerIds } });
    const goal = (await findGoal(tx, networkId, id))!;
    await noticeGoalToAccept(tx, deps, { networkId, goal, partnerIds, actorId: actor.userId });
    return goal;
  });
}
