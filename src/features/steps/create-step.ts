import { randomUUID } from 'node:crypto';
import type { StepServesKind } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { decisionClaimProblem } from '../../domain/development.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkServedThing } from './served-things.ts';
import { demandPresentClaimant } from './session-claim.ts';
import { findStep } from './step-view.ts';

export interface NewStep {
  title: string;
  description?: string | undefined;
  dueOn?: string | null | undefined;
  servesKind?: StepServesKind | undefined;
  servesId?: string | undefined;
  claim?: boolean | undefined;
}

/**
 * Proposes a small step (anyone but an observer). With `claim` the caller takes it on at once,
 * for themselves: there is no way to hand a new step to someone else. Taking on a step that serves
 * a decision needs its date (`dueOn`): that is what makes it a consequence (DESIGN §5.8); for a
 * decision of a session, the claimant must have been there (see `demandPresentClaimant`).
 */
export async function createStep({ db, clock }: AppDeps, { actor, membership, step: input }: NetworkCaller & { step: NewStep }) {
  permit(membership, 'step.write', 'Observers read along; they do not propose steps');
  const { networkId } = membership;
  const now = clock.now();
  const noDate = input.claim ? decisionClaimProblem(input.servesKind ?? null, input.dueOn) : null;
  if (noDate) throw invalid(noDate, [{ path: ['dueOn'], message: noDate }]);
  return inTransaction(db, async (tx) => {
    if (input.servesKind && input.servesId) await checkServedThing(tx, networkId, input.servesKind, input.servesId);
    if (input.claim) await demandPresentClaimant(tx, networkId, { kind: input.servesKind ?? null, id: input.servesId ?? null }, { userId: actor.userId, partnerId: membership.partnerId });
    const id = randomUUID();
    const title = input.title.trim();
    await tx
      .insertInto('steps')
      .values({
        id,
        network_id: networkId,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
        title,
        description: input.description?.trim() ?? '',
        due_on: input.dueOn ?? null,
        serves_kind: input.servesKind ?? null,
        serves_id: input.servesId ?? null,
        status: input.claim ? 'claimed' : 'open',
        claimed_by: input.claim ? actor.userId : null,
        claimed_at: input.claim ? now : null,
        version: 1,
      })
      .execute();
    await recordAudit(tx, actor, { networkId, action: 'step.create', objectType: 'step', objectId: id, details: { title, claimed: input.claim === true } });
    return (await findStep(tx, { networkId, stepId: id, now }))!;
  });
}
