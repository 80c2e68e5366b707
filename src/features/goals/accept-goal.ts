import { inTransaction } from '../../db/transaction.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { noticeGoalShared } from './goal-notices.ts';
import { findGoal } from './goal-view.ts';

/**
 * A representative accepts the agreed result of the version they read for their partner (or
 * withdraws the acceptance). The goal is shared once every involved partner has accepted.
 */
export async function acceptGoal(deps: AppDeps, { actor, membership, goalId, acceptance: input }: NetworkCaller & { goalId: string; acceptance: { version: number; accepted: boolean } }) {
  // Everyone gets this far so that an unknown goal is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = deps.clock.now();
  const partnerId = partnerSpokenFor(membership);
  return inTransaction(deps.db, async (tx) => {
    const goal = await tx.selectFrom('goals').selectAll().where('id', '=', goalId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!goal) throw notFound('Goal not found');
    demand(partnerId !== null, "Only a representative accepts a goal's agreed result, for their own partner");
    const link = await tx.selectFrom('goal_partners').selectAll().where('goal_id', '=', goalId).where('partner_id', '=', partnerId).executeTakeFirst();
    if (!link) throw forbidden('Your partner is not involved in this goal');
    if (input.version !== goal.version) throw conflict('The goal changed since you read it; read the agreed result again', { currentVersion: goal.version, current: await findGoal(tx, networkId, goalId) });
    const wasShared = (await findGoal(tx, networkId, goalId))!.shared;
    await tx
      .updateTable('goal_partners')
      .set(input.accepted ? { accepted_version: goal.version, accepted_by: actor.userId, accepted_at: now } : { accepted_version: null, accepted_by: null, accepted_at: null })
      .where('goal_id', '=', goalId)
      .where('partner_id', '=', partnerId)
      .execute();
    await recordAudit(tx, actor, { networkId, action: input.accepted ? 'goal.accept' : 'goal.withdraw_acceptance', objectType: 'goal', objectId: goalId, details: { partnerId, version: goal.version } });
    const view = (await findGoal(tx, networkId, goalId))!;
    if (view.shared && !wasShared) await noticeGoalShared(tx, deps, { networkId, goal: view, actorId: actor.userId });
    return view;
  });
}
