import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import type { ClosedRoundScores } from '../round-scores/closed-round-scores.ts';
import { loadSignalContext } from './signal-context.ts';
import { anonymityK } from './signal-queries.ts';
import { seriesUncertainty, spiralUncertainties } from './signal-uncertainty.ts';

const ref = (partners: Map<string, string>, id: string | null) => (id === null ? null : { id, name: partners.get(id) ?? id });

/** A closed round as trends and signals name it. */
export const roundRef = (r: ClosedRoundScores) => ({
  id: r.round.id,
  title: r.round.title,
  closedAt: r.round.closedAt?.toISOString() ?? null,
  disclosureMode: r.disclosure.mode,
  anonymityK: r.disclosure.k,
});

/** Names the partners of a series or signal subject. */
export function namedSubject(partners: Map<string, string>, s: { partnerId: string | null; from: string | null; to: string | null }) {
  return { partner: ref(partners, s.partnerId), from: ref(partners, s.from), to: ref(partners, s.to) };
}

/**
 * The series over the closed rounds (DESIGN §5.7) the caller may see, each with the change from
 * the previous round and its spiral: network trust, openness, the five aspects, each partner's
 * received trust and each dyad's trust.
 *
 * @example (await getTrends(deps, { membership })).series[0] // { measure: 'networkTrust', points: [...], spiral: null, … }
 */
export async function getTrends({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const [context, networkK] = await Promise.all([loadSignalContext(db, membership, clock.now()), anonymityK(db, membership.networkId)]);
  const spirals = await spiralUncertainties(db, context);
  return {
    rounds: context.rounds.map(roundRef),
    anonymityK: context.rounds.at(-1)?.disclosure.k ?? networkK,
    series: context.series.map((s) => ({
      measure: s.measure,
      aspect: s.aspect,
      ...namedSubject(context.partners, s),
      points: s.points,
      spiral: s.spiral,
      uncertain: seriesUncertainty(spirals, s),
    })),
  };
}
