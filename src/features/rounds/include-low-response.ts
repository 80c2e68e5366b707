import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { bumpMapRevision } from '../map/map-revision.ts';
import { findRound, roundView, viewerOf } from './round-view.ts';

/**
 * Includes a low-response round in trends, signals, the stage and the map, or leaves it out again
 * (coordinator, DESIGN §5.9). Only a closed round marked low response can be included; every
 * change is recorded in the audit log with the figures it was decided on.
 */
export async function setLowResponseInclusion(deps: AppDeps, { actor, membership, roundId, included }: NetworkCaller & { roundId: string; included: boolean }) {
  permit(membership, 'round.manage');
  const { networkId } = membership;
  return inTransaction(deps.db, async (tx) => {
    const round = await findRound(tx, networkId, roundId, 'update');
    if (round.status !== 'closed' || !round.low_response) {
      throw conflict('Only a closed round with a low response can be included or left out', { status: round.status, lowResponse: round.low_response });
    }
    if (round.low_response_included !== included) {
      await tx
        .updateTable('rounds')
        .set({ low_response_included: included, updated_at: deps.clock.now(), version: round.version + 1 })
        .where('id', '=', round.id)
        .execute();
      await bumpMapRevision(tx, networkId);
      await recordAudit(tx, actor, {
        networkId,
        action: included ? 'round.includeLowResponse' : 'round.excludeLowResponse',
        objectType: 'round',
        objectId: round.id,
        details: { title: round.title, included },
      });
    }
    return roundView(tx, { networkId, roundId, viewer: viewerOf(actor, membership) });
  });
}
