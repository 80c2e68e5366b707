import { tieGraphMetrics, type Tie } from './graph.ts';
import { historyPairs, type HistoryEntryFacts, type OutcomeCounts } from './shared-history.ts';

/**
 * The network map (DESIGN §4 stage 1, §5.4): every partner as a node, the ties between them and the
 * measures of the graph those ties make.
 *
 * Two kinds of tie: `history` ties join partners that share history (weight = their number of
 * entries), `working` ties come from the collaboration levels of reflection rounds
 * (`max(L(A→B), L(B→A)) ≥ 2`). The measures are taken over the union of both kinds; reciprocity
 * exists only on the directed graph of a round and is `null` without one.
 */

/**
 * A tie from shared history, `a < b` by id.
 *
 * @example { a: 'ggz', b: 'wijkteam', weight: 2, outcomes: { positive: 1, mixed: 1, negative: 0 } }
 */
export interface HistoryTie {
  a: string;
  b: string;
  weight: number;
  outcomes: OutcomeCounts;
}

/**
 * A working tie from a round, `a < b` by id, with the higher of the two directed levels.
 *
 * @example { a: 'ggz', b: 'wijkteam', level: 3 }
 */
export interface WorkingTie {
  a: string;
  b: string;
  level: number;
}

/** What the latest closed round says about working ties; `null` while there is none. */
export interface RoundCollaboration {
  workingTies: readonly WorkingTie[];
  reciprocity: number;
}

export interface NetworkMap<P> {
  nodes: Array<P & { degree: number; betweenness: number }>;
  ties: { history: HistoryTie[]; working: WorkingTie[] };
  metrics: {
    density: number;
    centralization: number;
    components: number;
    isolates: string[];
    reciprocity: number | null;
  };
}

/**
 * Builds the map from the partners (nodes keep their order and every field they have), the facts
 * of the shared-history entries and, once rounds exist, their working ties. Entries and working
 * ties naming a partner outside `partners` are ignored for that partner.
 *
 * @example
 * networkMap([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ partnerIds: ['a', 'b'], outcome: 'positive' }], null)
 * // { nodes: [{ id: 'a', degree: 1, betweenness: 0 }, { id: 'b', degree: 1, … }, { id: 'c', degree: 0, … }],
 * //   ties: { history: [{ a: 'a', b: 'b', weight: 1, outcomes: { positive: 1, mixed: 0, negative: 0 } }], working: [] },
 * //   metrics: { density: 1 / 3, centralization: 0.5, components: 2, isolates: ['c'], reciprocity: null } }
 */
export function networkMap<P extends { id: string }>(
  partners: readonly P[],
  entries: readonly HistoryEntryFacts[],
  collaboration: RoundCollaboration | null,
): NetworkMap<P> {
  const ids = partners.map((p) => p.id);
  const known = new Set(ids);
  const inside = entries.map((entry) => ({ partnerIds: entry.partnerIds.filter((id) => known.has(id)), outcome: entry.outcome }));
  const history: HistoryTie[] = historyPairs(inside).map((pair) => ({ a: pair.a, b: pair.b, weight: pair.count, outcomes: pair.outcomes }));
  const working = (collaboration?.workingTies ?? [])
    .filter((tie) => tie.a !== tie.b && known.has(tie.a) && known.has(tie.b))
    .map((tie) => (tie.a < tie.b ? { ...tie } : { a: tie.b, b: tie.a, level: tie.level }));

  const union: Tie[] = [...history, ...working].map(({ a, b }) => ({ a, b }));
  const metrics = tieGraphMetrics(ids, union);
  return {
    nodes: partners.map((partner, i) => ({ ...partner, degree: metrics.nodes[i]!.degree, betweenness: metrics.nodes[i]!.betweenness })),
    ties: { history, working },
    metrics: {
      density: metrics.density,
      centralization: metrics.centralization,
      components: metrics.components,
      isolates: metrics.isolates,
      reciprocity: collaboration ? collaboration.reciprocity : null,
    },
  };
}
