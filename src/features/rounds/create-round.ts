import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { DEFAULT_DISCLOSURE_MODE, type DisclosureMode } from '../../domain/disclosure.ts';
import { scheduleProblem } from '../../domain/round-schedule.ts';
import { invalid } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { scheduleOpening } from './round-lifecycle.ts';
import { roundView, viewerOf } from './round-view.ts';

/** 400 unless the round closes after it opens and in the future. */
export function checkSchedule(opensAt: Date, closesAt: Date, now: Date) {
  const problem = scheduleProblem(opensAt, closesAt, now);
  if (problem === 'closes_before_opening') throw invalid('The round must close after it opens', [{ path: ['closesAt'], message: 'Must be after opensAt' }]);
  if (problem === 'closes_in_past') throw invalid('The closing moment must be in the future', [{ path: ['closesAt'], message: 'Must be in the future' }]);
}

export interface NewRound {
  title: string;
  opensAt: string;
  closesAt: string;
  includeMembers?: boolean | undefined;
  disclosureMode?: DisclosureMode | undefined;
}

/**
 * Plans a round (coordinator) with its disclosure mode (DESIGN §5.3, default organisation); it
 * opens by itself at `opensAt` unless opened earlier by hand.
 */
export async function createRound({ db, clock }: AppDeps, { actor, membership, round: input }: NetworkCaller & { round: NewRound }) {
  permit(membership, 'round.manage');
  const now = clock.now();
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  checkSchedule(opensAt, closesAt, now);
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const round = await tx
      .insertInto('rounds')
      .values({
        id: randomUUID(),
        network_id: networkId,
        title: input.title.trim(),
        opens_at: opensAt,
        closes_at: closesAt,
        include_members: input.includeMembers ?? false,
        disclosure_mode: input.disclosureMode ?? DEFAULT_DISCLOSURE_MODE,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await scheduleOpening(tx, round);
    await recordAudit(tx, actor, {
      networkId,
      action: 'round.create',
      objectType: 'round',
      objectId: round.id,
      details: { title: round.title, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), includeMembers: round.include_members, disclosureMode: round.disclosure_mode },
    });
    return roundView(tx, { networkId, roundId: round.id, viewer: viewerOf(actor, membership) });
  });
}

