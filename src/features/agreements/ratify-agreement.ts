import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import { ratifyProblem } from '../../domain/agreement.ts';
import { conflict, forbidden, invalid } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { demand, partnerSpokenFor, permit } from '../../domain/permissions.ts';
import { factsOf, findAgreement, lockAgreement } from './agreement-view.ts';
import { announce } from './announce.ts';
import { enterIntoForceIfRatified } from './enter-into-force.ts';

export interface RatifyInput {
  version: number;
  decision: 'consent' | 'objection';
  reason?: string | undefined;
}

/**
 * A representative records their partner's decision on the proposed version: consent, or an
 * objection with a reason (which blocks until it is withdrawn by a later consent, or a new version
 * is proposed). A later decision replaces the earlier one. The last consent brings the version into force.
 */
export async function ratifyAgreement(deps: AppDeps, { actor, membership, agreementId, decision: input }: NetworkCaller & { agreementId: string; decision: RatifyInput }) {
  permit(membership, 'agreement.ratify');
  const { networkId } = membership;
  const partnerId = partnerSpokenFor(membership);
  demand(partnerId !== null, 'Only a representative decides, for their own partner');
  const now = deps.clock.now();
  const today = dutchToday(now);
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    const facts = await factsOf(tx, row);
    const reason = input.reason?.trim() || null;
    const problem = ratifyProblem(facts, partnerId, input.version, input.decision, reason);
    const current = async () => findAgreement(tx, { networkId, agreementId, today });
    switch (problem) {
      case 'ended':
        throw conflict('This agreement has ended', { current: await current() });
      case 'not_proposed':
        throw conflict('No version of this agreement is up for ratification', { current: await current() });
      case 'not_a_party':
        throw forbidden('Your partner is not a party to this agreement');
      case 'stale_version':
        throw conflict(`Version ${row.proposed_version} is the one up for ratification`, { proposedVersion: row.proposed_version, current: await current() });
      case 'objection_needs_reason':
        throw invalid('An objection needs a reason', [{ path: ['reason'], message: 'Say what you object to and why' }]);
      default:
    }
    await tx.deleteFrom('agreement_ratifications').where('agreement_id', '=', row.id).where('version', '=', input.version).where('partner_id', '=', partnerId).execute();
    await tx
      .insertInto('agreement_ratifications')
      .values({
        id: randomUUID(),
        network_id: networkId,
        agreement_id: row.id,
        version: input.version,
        partner_id: partnerId,
        decision: input.decision,
        reason: input.decision === 'objection' ? reason : null,
        decided_by: actor.userId,
        created_at: now,
      })
      .execute();
    const partner = await tx.selectFrom('partners').select('name').where('id', '=', partnerId).executeTakeFirstOrThrow();
    const event =
      input.decision === 'consent'
        ? ({ kind: 'agreementConsented', version: input.version, partnerName: partner.name } as const)
        : ({ kind: 'agreementObjected', version: input.version, partnerName: partner.name, reason: reason! } as const);
    await announce(tx, deps, {
      actor,
      agreement: row,
      event,
      audit: { action: input.decision === 'consent' ? 'agreement.consent' : 'agreement.object', details: { version: input.version, partnerId, reason } },
    });
    await enterIntoForceIfRatified(tx, deps, { actor, agreement: row, now });
    return current();
  });
}
