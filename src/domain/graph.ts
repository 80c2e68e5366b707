import { betweenness, connectedComponentLabels, degrees, tieAdjacency, type TieAdjacency } from './tie-adjacency.ts';
import { reaches } from './threshold.ts';

/**
 * The collaboration graph of DESIGN §5.4: directed edges and working ties from collaboration
 * levels, and the network measures on them. Every number matches NetworkX to 1e-9
 * (`fixtures/networkx-graphs.json`, made by `scripts/networkx-fixtures.py`).
 *
 * Ids are compared as plain strings (UTF-16 code units), never by locale.
 */

/** `L(A→B) ≥ 1` makes a directed edge A→B. */
export const DIRECTED_EDGE_LEVEL = 1;
/** `max(L(A→B), L(B→A)) ≥ 2` makes a working tie {A,B}. */
export const WORKING_TIE_LEVEL = 2;
/** A pair is asymmetric when `|T(A→B) − T(B→A)| ≥ 25`. */
export const ASYMMETRY_THRESHOLD = 25;
/** A pair has a perception gap when `|L(A→B) − L(B→A)| ≥ 2`. */
export const PERCEPTION_GAP_THRESHOLD = 2;

/**
 * `L(from→to)`: the mean collaboration level (0–5) of `from`'s respondents about `to`. A direction
 * nobody answered is left out or given as `null`; both count as absent.
 *
 * @example { from: 'ggz', to: 'wijkteam', level: 2.5 }
 */
export interface CollaborationLevel {
  from: string;
  to: string;
  level: number | null;
}

/**
 * `T(from→to)`: the trust (0–100) of `from` in `to`, or `null` when there is none.
 *
 * @example { from: 'ggz', to: 'wijkteam', trust: 62.5 }
 */
export interface DirectedTrust {
  from: string;
  to: string;
  trust: number | null;
}

/**
 * An undirected tie between two partners. The order inside the pair does not matter on input;
 * ties this module returns have `a < b`.
 *
 * @example { a: 'ggz', b: 'wijkteam' }
 */
export interface Tie {
  a: string;
  b: string;
}

/**
 * One partner in the graph: its number of ties and its betweenness centrality, normalised as
 * NetworkX's `betweenness_centrality(G)` by default (pairs through the node divided by the
 * `(n − 1)(n − 2) / 2` pairs of other nodes; 0 when n ≤ 2).
 *
 * @example { partnerId: 'wijkteam', degree: 3, betweenness: 0.4 }
 */
export interface NodeMetrics {
  partnerId: string;
  degree: number;
  betweenness: number;
}

/**
 * The measures of an undirected graph of ties (the stage-1 map of shared history uses this alone).
 *
 * @example { density: 0.5, centralization: 0.333…, components: 1, isolates: [], nodes: [...] }
 */
export interface TieGraphMetrics {
  /** `2E / (N(N − 1))`, 0 when N < 2. */
  density: number;
  /** Freeman degree centralisation: `Σ (maxDegree − degree) / ((n − 1)(n − 2))`, 0 when n < 3. */
  centralization: number;
  /** The number of connected components; an isolate is a component of its own. */
  components: number;
  /** Partners without ties, sorted by id. */
  isolates: string[];
  /** Every partner, in the order the partner ids were given. */
  nodes: NodeMetrics[];
}

/**
 * The `graph` of a round's results (DESIGN §7.1): the tie measures plus the reciprocity of the
 * directed graph.
 *
 * @example { density: 0.27, reciprocity: 0.73, centralization: 0.4, components: 2, isolates: ['zorgcoop'], nodes: [...] }
 */
export interface CollaborationGraphMetrics {
  density: number;
  /** Share of directed edges whose reverse also exists; null when there is no directed edge. */
  reciprocity: number | null;
  centralization: number;
  components: number;
  isolates: string[];
  nodes: NodeMetrics[];
}

/**
 * A flagged pair, `a < b` by id, with `difference` = value(a→b) − value(b→a) (signed: positive
 * when `a` rates `b` higher than `b` rates `a`).
 *
 * @example { a: 'ggz', b: 'wijkteam', difference: -30 }
 */
export interface DyadDifference {
  a: string;
  b: string;
  difference: number;
}

/**
 * The working ties among the given levels: {A,B} when `max(L(A→B), L(B→A)) ≥ 2`, a missing
 * direction counting as absent. Sorted, each with `a < b`. Levels of a partner about itself are
 * ignored.
 *
 * @example
 * workingTies([{ from: 'b', to: 'a', level: 2 }, { from: 'a', to: 'b', level: 0 }]) // [{ a: 'a', b: 'b' }]
 * workingTies([{ from: 'a', to: 'b', level: 1.99 }]) // []
 */
export function workingTies(levels: readonly CollaborationLevel[]): Tie[] {
  const partners = partnerIndex(levels.flatMap(({ from, to }) => [from, to]));
  const ends = workingTieEnds(indexLevels(partners, levels));
  const ties: Tie[] = [];
  for (let i = 0; i < ends.length; i += 2) {
    const [from, to] = [partners.ids[ends[i]!]!, partners.ids[ends[i + 1]!]!];
    ties.push(from < to ? { a: from, b: to } : { a: to, b: from });
  }
  return uniqueSortedTies(ties);
}

/**
 * Reciprocity of the directed graph (`A→B` when `L(A→B) ≥ 1`): the share of directed edges whose
 * reverse also exists, as NetworkX's `reciprocity(D)`. Without a directed edge it is not known
 * (NetworkX raises there): `null`, never 0, which would read as "nothing reciprocated".
 *
 * @example
 * reciprocity([
 *   { from: 'a', to: 'b', level: 1 }, { from: 'b', to: 'a', level: 3 }, { from: 'a', to: 'c', level: 2 },
 * ]) // 2 / 3
 * reciprocity([{ from: 'a', to: 'b', level: 0.5 }]) // null
 */
export function reciprocity(levels: readonly CollaborationLevel[]): number | null {
  return reciprocityOf(indexLevels(partnerIndex(levels.flatMap(({ from, to }) => [from, to])), levels));
}

/**
 * The measures of an undirected graph over all `partnerIds` (isolates included) with the given
 * ties: density, degree, betweenness, isolates, connected components and Freeman degree
 * centralisation. Duplicate ties and a tie given in both orders count once; a tie of a partner
 * with itself is ignored. Every id in `ties` must be among `partnerIds`.
 *
 * @example
 * tieGraphMetrics(['p1', 'p2', 'p3', 'p4'], [{ a: 'p1', b: 'p2' }, { a: 'p3', b: 'p2' }, { a: 'p3', b: 'p4' }])
 * // { density: 0.5, centralization: 1 / 3, components: 1, isolates: [],
 * //   nodes: [{ partnerId: 'p1', degree: 1, betweenness: 0 }, { partnerId: 'p2', degree: 2, betweenness: 2 / 3 }, …] }
 */
export function tieGraphMetrics(partnerIds: readonly string[], ties: readonly Tie[]): TieGraphMetrics {
  const partners = partnerIndex(partnerIds);
  return measureTies(partners.ids, tieAdjacency(partners.ids.length, tieEnds(partners, ties)));
}

/** The measures of {@link tieGraphMetrics} on the adjacency of the partners `ids`. */
function measureTies(ids: readonly string[], adjacency: TieAdjacency): TieGraphMetrics {
  const n = adjacency.order;
  const degree = degrees(adjacency);
  const centrality = betweenness(adjacency);

  const nodes: NodeMetrics[] = [];
  const isolates: string[] = [];
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const partnerId = ids[v]!;
    if (degree[v] === 0) isolates.push(partnerId);
    if (degree[v]! > maxDegree) maxDegree = degree[v]!;
    nodes.push({ partnerId, degree: degree[v]!, betweenness: centrality[v]! });
  }
  const tieCount = adjacency.starts[n]! / 2;

  return {
    density: n < 2 ? 0 : (2 * tieCount) / (n * (n - 1)),
    // Σ (max − deg) = n·max − Σ deg = n·max − 2E; the star has the largest possible sum, (n − 1)(n − 2).
    centralization: n < 3 ? 0 : (n * maxDegree - 2 * tieCount) / ((n - 1) * (n - 2)),
    components: connectedComponentLabels(adjacency).count,
    isolates: isolates.sort(compareIds),
    nodes,
  };
}

/**
 * The connected components of the undirected tie graph over all `partnerIds`: each sorted by id,
 * the largest first, equal sizes ordered by their smallest id. An isolate is a component of one.
 *
 * @example
 * tieGraphComponents(['c', 'b', 'a', 'd'], [{ a: 'c', b: 'a' }]) // [['a', 'c'], ['b'], ['d']]
 */
export function tieGraphComponents(partnerIds: readonly string[], ties: readonly Tie[]): string[][] {
  const partners = partnerIndex(partnerIds);
  return components(partners.ids, tieAdjacency(partners.ids.length, tieEnds(partners, ties)));
}

function components(ids: readonly string[], adjacency: TieAdjacency): string[][] {
  const { labels, count } = connectedComponentLabels(adjacency);
  const components = Array.from({ length: count }, (): string[] => []);
  for (let v = 0; v < adjacency.order; v++) components[labels[v]!]!.push(ids[v]!);
  return sortedComponents(components);
}

/**
 * The `graph` of a round's results (DESIGN §5.4, §7.1) from the directed levels `L(A→B)`:
 * the measures of the undirected graph of working ties over all partners, and the reciprocity
 * of the directed graph. Every id in `levels` must be among `partnerIds`; `nodes` keeps the
 * order of `partnerIds`.
 *
 * @example
 * collaborationGraphMetrics(['a', 'b', 'c'], [
 *   { from: 'a', to: 'b', level: 3 }, { from: 'b', to: 'a', level: 0.5 }, { from: 'c', to: 'a', level: 1 },
 * ])
 * // { density: 1 / 3, reciprocity: 0, centralization: 0.5, components: 2, isolates: ['c'],
 * //   nodes: [{ partnerId: 'a', degree: 1, betweenness: 0 }, { partnerId: 'b', … }, { partnerId: 'c', degree: 0, … }] }
 */
export function collaborationGraphMetrics(
  partnerIds: readonly string[],
  levels: readonly CollaborationLevel[],
): CollaborationGraphMetrics {
  const partners = partnerIndex(partnerIds);
  const indexed = indexLevels(partners, levels);
  const ties = measureTies(partners.ids, tieAdjacency(partners.ids.length, workingTieEnds(indexed)));
  return {
    density: ties.density,
    reciprocity: reciprocityOf(indexed),
    centralization: ties.centralization,
    components: ties.components,
    isolates: ties.isolates,
    nodes: ties.nodes,
  };
}

/**
 * The connected components of the working-tie graph over all `partnerIds`, ordered as
 * {@link tieGraphComponents}.
 *
 * @example
 * collaborationComponents(['a', 'b', 'c'], [{ from: 'a', to: 'b', level: 2 }]) // [['a', 'b'], ['c']]
 */
export function collaborationComponents(
  partnerIds: readonly string[],
  levels: readonly CollaborationLevel[],
): string[][] {
  const partners = partnerIndex(partnerIds);
  return components(partners.ids, tieAdjacency(partners.ids.length, workingTieEnds(indexLevels(partners, levels))));
}

/**
 * Asymmetry flags: pairs where both directions have a trust value and `|T(A→B) − T(B→A)| ≥ 25`.
 * Sorted by `a`, then `b`.
 *
 * @example
 * asymmetries([{ from: 'b', to: 'a', trust: 80 }, { from: 'a', to: 'b', trust: 55 }]) // [{ a: 'a', b: 'b', difference: -25 }]
 * asymmetries([{ from: 'a', to: 'b', trust: 80 }, { from: 'b', to: 'a', trust: null }]) // []
 */
export function asymmetries(trust: readonly DirectedTrust[]): DyadDifference[] {
  return dyadDifferences(directedValues(trust, (entry) => entry.trust), ASYMMETRY_THRESHOLD);
}

/**
 * Perception gaps: pairs where both directions have a level and `|L(A→B) − L(B→A)| ≥ 2`.
 * Sorted by `a`, then `b`.
 *
 * @example
 * perceptionGaps([{ from: 'a', to: 'b', level: 4 }, { from: 'b', to: 'a', level: 2 }]) // [{ a: 'a', b: 'b', difference: 2 }]
 */
export function perceptionGaps(levels: readonly CollaborationLevel[]): DyadDifference[] {
  return dyadDifferences(directedValues(levels, (entry) => entry.level), PERCEPTION_GAP_THRESHOLD);
}

type DirectedValues = Map<string, Map<string, number>>;

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** from → to → value, without absent values and without a partner's value about itself. */
function directedValues<T extends { from: string; to: string }>(
  entries: readonly T[],
  valueOf: (entry: T) => number | null,
): DirectedValues {
  const values: DirectedValues = new Map();
  for (const entry of entries) {
    const value = valueOf(entry);
    if (value === null || entry.from === entry.to) continue;
    let row = values.get(entry.from);
    if (row === undefined) values.set(entry.from, (row = new Map()));
    row.set(entry.to, value);
  }
  return values;
}

function uniqueSortedTies(ties: Tie[]): Tie[] {
  ties.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
  return ties.filter((tie, i) => i === 0 || tie.a !== ties[i - 1]!.a || tie.b !== ties[i - 1]!.b);
}

/** Partners by position: each id once, in the order given. */
interface PartnerIndex {
  ids: string[];
  indexOf: Map<string, number>;
}

function partnerIndex(partnerIds: readonly string[]): PartnerIndex {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  for (const partnerId of partnerIds) {
    if (indexOf.has(partnerId)) continue;
    indexOf.set(partnerId, ids.length);
    ids.push(partnerId);
  }
  return { ids, indexOf };
}

/** The ties as index pairs, flat: `[a0, b0, a1, b1, …]`. */
function tieEnds({ indexOf }: PartnerIndex, ties: readonly Tie[]): Int32Array {
  const ends = new Int32Array(2 * ties.length);
  for (let i = 0; i < ties.length; i++) {
    const { a, b } = ties[i]!;
    const x = indexOf.get(a);
    const y = indexOf.get(b);
    if (x === undefined || y === undefined) throw new RangeError(`tie ${a} – ${b} names a partner outside the graph`);
    ends[2 * i] = x;
    ends[2 * i + 1] = y;
  }
  return ends;
}

/**
 * `L(from→to)` by partner position, keyed `from · n + to`: the last non-null level given for each
 * direction, none of a partner about itself.
 */
interface IndexedLevels {
  order: number;
  levels: Map<number, number>;
}

function indexLevels({ ids, indexOf }: PartnerIndex, levels: readonly CollaborationLevel[]): IndexedLevels {
  const order = ids.length;
  const indexed = new Map<number, number>();
  for (const { from, to, level } of levels) {
    const x = indexOf.get(from);
    const y = indexOf.get(to);
    if (x === undefined || y === undefined) throw new RangeError(`collaboration level ${from} → ${to} names a partner outside the graph`);
    if (level !== null && x !== y) indexed.set(x * order + y, level);
  }
  return { order, levels: indexed };
}

/** The working ties as flat index pairs: max(L(A→B), L(B→A)) ≥ 2 holds when one direction reaches 2 on its own. */
function workingTieEnds({ order, levels }: IndexedLevels): number[] {
  const ends: number[] = [];
  for (const [code, level] of levels) {
    if (!reaches(level, WORKING_TIE_LEVEL)) continue;
    const from = Math.floor(code / order);
    ends.push(from, code - from * order);
  }
  return ends;
}

/** The share of directed edges (`L ≥ 1`) whose reverse is an edge too; null without an edge. */
function reciprocityOf({ order, levels }: IndexedLevels): number | null {
  let edges = 0;
  let reciprocated = 0;
  for (const [code, level] of levels) {
    if (!reaches(level, DIRECTED_EDGE_LEVEL)) continue;
    edges += 1;
    const from = Math.floor(code / order);
    const back = levels.get((code - from * order) * order + from);
    if (back !== undefined && reaches(back, DIRECTED_EDGE_LEVEL)) reciprocated += 1;
  }
  return edges === 0 ? null : reciprocated / edges;
}

function sortedComponents(components: string[][]): string[][] {
  for (const component of components) component.sort(compareIds);
  return components.sort((x, y) => y.length - x.length || compareIds(x[0]!, y[0]!));
}

function dyadDifferences(values: DirectedValues, threshold: number): DyadDifference[] {
  const flagged: DyadDifference[] = [];
  for (const [from, row] of values) {
    for (const [to, value] of row) {
      if (!(from < to)) continue;
      const back = values.get(to)?.get(from);
      if (back === undefined) continue;
      const difference = value - back;
      if (reaches(Math.abs(difference), threshold)) flagged.push({ a: from, b: to, difference });
    }
  }
  return flagged.sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}
