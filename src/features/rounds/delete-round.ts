import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findRound, roundView, viewerOf } from './round-view.ts';

/** Deletes a round that has not opened yet (coordinator). */
export async function deleteRound({ db }: AppDeps, { actor, membership, roundId }: NetworkCaller & { roundId: string }) {
  permit(membership, 'round.manage');
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const round = await findRound(tx, networkId, roundId, 'update');
    if (round.status !== 'draft') throw conflict('Only a round that has not opened yet can be deleted', { status: round.status });
    const view = await roundView(tx, { networkId, roundId, viewer: viewerOf(actor, membership) });
    await tx.deleteFrom('rounds').where('id', '=', roundId).execute();
    await recordAudit(tx, actor, { networkId, action: 'round.delete', objectType: 'round', objectId: roundId, details: { title: round.title } });
    return view;
  });
}
