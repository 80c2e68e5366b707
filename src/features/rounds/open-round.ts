import { inTransaction } from '../../db/transaction.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { openLockedRound, type RoundDeps } from './round-lifecycle.ts';
import { findRound, roundView } from './round-view.ts';

/** Opens a draft round now (coordinator), also before its planned moment. */
export async function openRound(deps: RoundDeps, actor: Actor, membership: Membership, roundId: string) {
  return inTransaction(deps.db, async (tx) => {
    const round = await findRound(tx, membership.networkId, roundId, 'update');
    await openLockedRound(tx, deps, actor, round, new Date());
    return roundView(tx, membership.networkId, roundId, { userId: actor.userId!, role: membership.role });
  });
}
