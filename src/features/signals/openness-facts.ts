import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { isDiscussedOrLater, type DifferenceStatus } from '../../domain/development.ts';
import type { StageFacts } from '../../domain/stage.ts';
import { loadSignalContext } from './signal-context.ts';

type OpennessFacts = Pick<StageFacts, 'closedRounds' | 'lastRoundOpenness' | 'differencesDiscussedOrLater' | 'downwardTrustSpiral' | 'tooGoodToBeTrue'>;

/**
 * The stage-3 facts of DESIGN §5.5: closed rounds, the last round's openness with its respondents,
 * published differences discussed or later, a downward spiral in network trust and "too good to be
 * true". Network-wide scores follow the anonymity rule, the same for every caller, under the last
 * round's frozen k (`lastRoundK`).
 */
export async function opennessFacts(db: Kysely<DB>, networkId: string, now: Date): Promise<{ facts: OpennessFacts; lastRoundId: string | null; lastRoundK: number | null }> {
  const [context, differences] = await Promise.all([
    loadSignalContext(db, { networkId, role: 'coordinator', partnerId: null }, now),
    db.selectFrom('differences').select('status').where('network_id', '=', networkId).where('draft', '=', false).execute(),
  ]);
  const last = context.rounds.at(-1) ?? null;
  return {
    lastRoundId: last?.round.id ?? null,
    lastRoundK: last?.disclosure.k ?? null,
    facts: {
      closedRounds: context.rounds.length,
      lastRoundOpenness: last ? last.openness : null,
      differencesDiscussedOrLater: differences.filter((d) => isDiscussedOrLater(d.status as DifferenceStatus)).length,
      downwardTrustSpiral: context.series.some((s) => s.measure === 'networkTrust' && s.spiral === 'downward'),
      tooGoodToBeTrue: context.signals.some((s) => s.code === 'too_good_to_be_true'),
    },
  };
}
