import { inTransaction } from '../../db/transaction.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { closeLockedRound, type RoundDeps } from './round-lifecycle.ts';
import { findRound, roundView } from './round-view.ts';

/** Closes an open round now (coordinator), also before its closing moment. */
export async function closeRound(deps: RoundDeps, actor: Actor, membership: Membership, roundId: string) {
  return inTransaction(deps.db, async (tx) => {
    const round = await findRound(tx, membership.networkId, roundId, 'update');
    await closeLockedRound(tx, deps, actor, round, new Date());
    return roundView(tx, membership.networkId, roundId, { userId: actor.userId!, role: membership.role });
  });
}
