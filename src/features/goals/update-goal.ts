import { inTransaction } from '../../db/transaction.ts';
import { conflict, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { noticeGoalToAccept } from './goal-notices.ts';
import { checkGoalPartners } from './goal-partners.ts';
import { findGoal } from './goal-view.ts';

export interface GoalChanges {
  baseVersion: number;
  title?: string | undefined;
  indicator?: string | undefined;
  unit?: string | undefined;
  baseline?: number | null | undefined;
  target?: number | undefined;
  deadline?: string | undefined;
  agreedResult?: string | undefined;
  partnerIds?: string[] | undefined;
}

/**
 * The coordinator changes a goal (with baseVersion). A change to what partners commit to — the
 * agreed result, indicator, target or deadline — is a new version of the agreement: every
 * acceptance is reset and the involved partners are asked again. A new partner starts unaccepted.
 */
export async function updateGoal(deps: AppDeps, { actor, membership, goalId, changes }: NetworkCaller & { goalId: string; changes: GoalChanges }) {
  permit(membership, 'goal.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const goal = await tx.selectFrom('goals').selectAll().where('id', '=', goalId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!goal) throw notFound('Goal not found');
    if (goal.version !== changes.baseVersion) throw conflict('The goal was changed by someone else; reload and try again', { currentVersion: goal.version, current: await findGoal(tx, networkId, goalId) });
    const next = {
      title: changes.title?.trim() ?? goal.title,
      indicator: changes.indicator?.trim() ?? goal.indicator,
      unit: changes.unit?.trim() ?? goal.unit,
      baseline: changes.baseline === undefined ? goal.baseline : changes.baseline,
      target: changes.target ?? goal.target,
      deadline: changes.deadline ?? goal.deadline,
      agreed_result: changes.agreedResult?.trim() ?? goal.agreed_result,
    };
    const recommitted = next.agreed_result !== goal.agreed_result || next.indicator !== goal.indicator || next.target !== goal.target || next.deadline !== goal.deadline;
    await tx.updateTable('goals').set({ ...next, updated_at: now, version: goal.version + 1 }).where('id', '=', goalId).execute();
    const before = (await tx.selectFrom('goal_partners').select('partner_id').where('goal_id', '=', goalId).execute()).map((r) => r.partner_id);
    const after = changes.partnerIds ? await checkGoalPartners(tx, networkId, changes.partnerIds) : before;
    const removed = before.filter((id) => !after.includes(id));
    const added = after.filter((id) => !before.includes(id));
    if (removed.length > 0) await tx.deleteFrom('goal_partners').where('goal_id', '=', goalId).where('partner_id', 'in', removed).execute();
    if (added.length > 0) await tx.insertInto('goal_partners').values(added.map((partnerId) => ({ network_id: networkId, goal_id: goalId, partner_id: partnerId }))).execute();
    if (recommitted) await tx.updateTable('goal_partners').set({ accepted_version: null, accepted_by: null, accepted_at: null }).where('goal_id', '=', goalId).execute();
    await recordAudit(tx, actor, {
      networkId,
      action: 'goal.update',
      objectType: 'goal',
      objectId: goalId,
      details: { fields: Object.keys(changes).filter((k) => k !== 'baseVersion'), acceptancesReset: recommitted },
    });
    const view = (await findGoal(tx, networkId, goalId))!;
    const ask = recommitted ? after : added;
    if (ask.length > 0) await noticeGoalToAccept(tx, deps, { networkId, goal: view, partnerIds: ask, actorId: actor.userId });
    return view;
  });
}
