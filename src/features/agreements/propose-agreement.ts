import { inTransaction } from '../../db/transaction.ts';
import { ratificationState } from '../../domain/agreement.ts';
import { conflict } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { factsOf, findAgreement, lockAgreement } from './agreement-view.ts';
import { announce } from './announce.ts';
import { enterIntoForceIfRatified } from './enter-into-force.ts';

/**
 * Puts the latest version up for ratification (the coordinator). The version in force, if any,
 * stays in force until every party has consented to the proposed one. Decisions already given on
 * this same version still count (the text is immutable).
 */
export async function proposeAgreement(deps: AppDeps, actor: Actor, membership: Membership, agreementId: string, version: number) {
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    const row = await lockAgreement(tx, networkId, agreementId);
    const current = async () => findAgreement(tx, networkId, agreementId);
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
    const now = new Date();
    await tx.updateTable('agreements').set({ proposed_version: version, updated_at: now }).where('id', '=', row.id).execute();
    await announce(tx, deps, actor, row, { kind: 'agreementProposed', version }, { action: 'agreement.propose', details: { version, replacesProposedVersion: row.proposed_version, versionInForce: row.version_in_force } });
    await enterIntoForceIfRatified(tx, deps, actor, { ...row, proposed_version: version });
    return current();
  });
}
