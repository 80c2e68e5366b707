import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import type { DisclosureMode } from '../../domain/disclosure.ts';
import { permit } from '../../domain/permissions.ts';
import { conflict } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { checkSchedule } from './create-round.ts';
import { scheduleOpening } from './round-lifecycle.ts';
import { findRound, roundView, viewerOf } from './round-view.ts';

export interface RoundChanges {
  baseVersion: number;
  title?: string | undefined;
  opensAt?: string | undefined;
  closesAt?: string | undefined;
  includeMembers?: boolean | undefined;
  disclosureMode?: DisclosureMode | undefined;
}

/** Changes a draft round's title, dates, invitees or disclosure mode (coordinator), based on its current version. */
export async function updateRound({ db, clock }: AppDeps, { actor, membership, roundId, changes }: NetworkCaller & { roundId: string; changes: RoundChanges }) {
  permit(membership, 'round.manage');
  const { networkId } = membership;
  const viewer = viewerOf(actor, membership);
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const round = await findRound(tx, networkId, roundId, 'update');
    if (round.version !== changes.baseVersion) {
      throw conflict('The round was changed by someone else; reload and try again', { currentVersion: round.version, current: await roundView(tx, { networkId, roundId, viewer }) });
    }
    if (round.status !== 'draft') throw conflict('Only a round that has not opened yet can be changed', { status: round.status });
    const opensAt = changes.opensAt ? new Date(changes.opensAt) : round.opens_at;
    const closesAt = changes.closesAt ? new Date(changes.closesAt) : round.closes_at;
    checkSchedule(opensAt, closesAt, now);
    const updated = await tx
      .updateTable('rounds')
      .set({
        title: changes.title?.trim() ?? round.title,
        opens_at: opensAt,
        closes_at: closesAt,
        include_members: changes.includeMembers ?? round.include_members,
        disclosure_mode: changes.disclosureMode ?? round.disclosure_mode,
        updated_at: now,
        version: round.version + 1,
      })
      .where('id', '=', roundId)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (opensAt.getTime() !== round.opens_at.getTime()) await scheduleOpening(tx, updated);
    await recordAudit(tx, actor, {
      networkId,
      action: 'round.update',
      objectType: 'round',
      objectId: roundId,
      details: { title: updated.title, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), includeMembers: updated.include_members, disclosureMode: updated.disclosure_mode },
    });
    return roundView(tx, { networkId, roundId, viewer });
  });
}

