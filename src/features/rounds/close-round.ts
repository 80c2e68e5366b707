import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { requireLowResponseConfirmation } from './close-confirmation.ts';
import { closeLockedRound } from './round-lifecycle.ts';
import { findRound, roundView, viewerOf } from './round-view.ts';

/**
 * Closes an open round now (coordinator), also before its closing moment. A low response (DESIGN
 * §5.9) needs `confirmLowResponse: true`, otherwise a conflict with the figures.
 */
export async function closeRound(deps: AppDeps, { actor, membership, roundId, confirmLowResponse = false }: NetworkCaller & { roundId: string; confirmLowResponse?: boolean }) {
  permit(membership, 'round.manage');
  const { networkId } = membership;
  const now = deps.clock.now();
  return inTransaction(deps.db, async (tx) => {
    const round = await findRound(tx, networkId, roundId, 'update');
    if (round.status === 'open') await requireLowResponseConfirmation(tx, round, confirmLowResponse);
    await closeLockedRound(tx, deps, { actor, round, now });
    return roundView(tx, { networkId, roundId, viewer: viewerOf(actor, membership) });
  });
}
