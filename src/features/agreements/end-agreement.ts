import { inTransaction } from '../../db/transaction.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { findAgreement, lockAgreement } from './agreement-view.ts';
import { announce } from './announce.ts';

/** Ends an agreement for good (the coordinator), with the reason on record; its versions and decisions remain readable. */
export async function endAgreement(deps: AppDeps, { actor, membership, agreementId, reason }: NetworkCaller & { agreementId: string; reason: string }) {
  permit(membership, 'agreement.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  const today = dutchToday(now);
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    if (row.ended_at) throw conflict('This agreement has already ended', { current: await findAgreement(tx, { networkId, agreementId, today }) });
    await tx.updateTable('agreements').set((eb) => ({ ended_at: now, ended_by: actor.userId, end_reason: reason.trim(), updated_at: now, review_sequence: eb('review_sequence', '+', 1) })).where('id', '=', row.id).execute();
    await announce(tx, deps, {
      actor,
      agreement: row,
      event: { kind: 'agreementEnded', reason: reason.trim() },
      audit: { action: 'agreement.end', details: { reason: reason.trim(), versionInForce: row.version_in_force, proposedVersion: row.proposed_version } },
    });
    return findAgreement(tx, { networkId, agreementId, today });
  });
}
