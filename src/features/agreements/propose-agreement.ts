import { inTransaction } from '../../db/transaction.ts';
import { ratificationState } from '../../domain/agreement.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { factsOf, findAgreement, lockAgreement } from './agreement-view.ts';
import { announce } from './announce.ts';
import { enterIntoForceIfRatified } from './enter-into-force.ts';

/**
 * Puts the latest version up for ratification (the coordinator). The version in force, if any,
 * stays in force until every party has consented to the proposed one. Decisions already given on
 * this same version still count (the text is immutable).
 */
export async function proposeAgreement(deps: AppDeps, { actor, membership, agreementId, version }: NetworkCaller & { agreementId: string; version: number }) {
  permit(membership, 'agreement.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  const today = dutchToday(now);
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    const current = async () => findAgreement(tx, { networkId, agreementId, today });
    if (row.ended_at) throw conflict('This agreement has ended', { current: await current() });
    if (version !== row.current_version) {
      throw conflict(`Only the latest version (${row.current_version}) can be proposed`, { currentVersion: row.current_version, current: await current() });
    }
    if (row.proposed_version === version) throw conflict(`Version ${version} is already proposed`, { current: await current() });
    const facts = await factsOf(tx, row);
    if (facts.parties.length === 0) throw conflict('This agreement has no parties yet: add partners to the network or choose parties first', { current: await current() });
    if (row.version_in_force === version && ratificationState(facts, version).complete) {
      throw conflict(`Version ${version} is already in force with the consent of every party`, { current: await current() });
    }
    await tx.updateTable('agreements').set({ proposed_version: version, updated_at: now }).where('id', '=', row.id).execute();
    await announce(tx, deps, {
      actor,
      agreement: row,
      event: { kind: 'agreementProposed', version },
      audit: { action: 'agreement.propose', details: { version, replacesProposedVersion: row.proposed_version, versionInForce: row.version_in_force } },
    });
    await enterIntoForceIfRatified(tx, deps, { actor, agreement: { ...row, proposed_version: version }, now });
    return current();
  });
}
