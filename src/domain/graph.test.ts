import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  asymmetries,
  collaborationComponents,
  collaborationGraphMetrics,
  perceptionGaps,
  reciprocity,
  tieGraphComponents,
  tieGraphMetrics,
  workingTies,
  type CollaborationLevel,
  type Tie,
} from './graph.ts';

/** One graph of `fixtures/networkx-graphs.json`; partners are named by their position in `partnerIds`. */
interface FixtureGraph {
  name: string;
  description: string;
  partnerIds: string[];
  levels?: [from: number, to: number, level: number][];
  ties?: [a: number, b: number][];
  expected: {
    directedEdges?: number;
    reciprocity?: number | null;
    /** The working ties, for graphs given by levels. */
    ties?: [a: number, b: number][];
    tieCount: number;
    density: number;
    degree: number[];
    betweenness: number[];
    isolates: string[];
    numberConnectedComponents: number;
    components: string[][];
    centralization: number;
  };
}

const fixtures = JSON.parse(readFileSync(new URL('./fixtures/networkx-graphs.json', import.meta.url), 'utf8')) as {
  networkx: string;
  graphs: FixtureGraph[];
};

const TOLERANCE = 1e-9;

function closeTo(actual: number, expected: number, what: string) {
  expect(Math.abs(actual - expected), `${what}: ${actual} vs NetworkX ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

function inputOf(graph: FixtureGraph): { partnerIds: string[]; levels?: CollaborationLevel[]; ties?: Tie[] } {
  const ids = graph.partnerIds;
  return {
    partnerIds: ids,
    levels: graph.levels?.map(([from, to, value]) => ({ from: ids[from]!, to: ids[to]!, level: value })),
    ties: graph.ties?.map(([a, b]) => ({ a: ids[a]!, b: ids[b]! })),
  };
}

describe(`graph measures against NetworkX ${fixtures.networkx}`, () => {
  it('has the graphs the fixture script promises, with exactly 128 and 32,768 ties among them', () => {
    const names = fixtures.graphs.map((g) => g.name);
    expect(names).toEqual(expect.arrayContaining(['star-129-hub-last', 'path-129', 'bridged-clusters-32768', 'layered-65']));
    const tieCounts = fixtures.graphs.map((g) => g.expected.tieCount);
    expect(tieCounts.filter((count) => count === 128)).toHaveLength(2);
    expect(tieCounts).toContain(32_768);
  });

  for (const graph of fixtures.graphs) {
    const { partnerIds, levels, ties } = inputOf(graph);
    const { expected } = graph;

    it(`${graph.name}: ${graph.description}`, () => {
      const metrics = levels ? collaborationGraphMetrics(partnerIds, levels) : tieGraphMetrics(partnerIds, ties!);
      const components = levels ? collaborationComponents(partnerIds, levels) : tieGraphComponents(partnerIds, ties!);

      if (levels) {
        expect(workingTies(levels)).toEqual(expected.ties!.map(([a, b]) => ({ a: partnerIds[a], b: partnerIds[b] })));
        const { reciprocity: measured } = metrics as ReturnType<typeof collaborationGraphMetrics>;
        if (expected.reciprocity === null) {
          // NetworkX raises for a directed graph without edges; the reciprocity is not known.
          expect(expected.directedEdges).toBe(0);
          expect(measured).toBeNull();
        } else {
          expect(measured).not.toBeNull();
          closeTo(measured!, expected.reciprocity!, 'reciprocity');
        }
      }
      closeTo(metrics.density, expected.density, 'density');
      closeTo(metrics.centralization, expected.centralization, 'centralization');
      expect(metrics.components).toBe(expected.numberConnectedComponents);
      expect(metrics.isolates).toEqual(expected.isolates);
      expect(components).toEqual(expected.components);

      expect(metrics.nodes.map((node) => node.partnerId)).toEqual(partnerIds);
      metrics.nodes.forEach((node, i) => {
        expect(node.degree, `degree of ${node.partnerId}`).toBe(expected.degree[i]);
        closeTo(node.betweenness, expected.betweenness[i]!, `betweenness of ${node.partnerId}`);
      });
    });
  }

  it('gives the same tie measures from the working ties as from the levels', () => {
    for (const graph of fixtures.graphs.filter((g) => g.levels)) {
      const { partnerIds, levels } = inputOf(graph);
      const { reciprocity: _reciprocity, ...fromLevels } = collaborationGraphMetrics(partnerIds, levels!);
      const ties = graph.expected.ties!.map(([a, b]) => ({ a: partnerIds[a]!, b: partnerIds[b]! }));
      expect(tieGraphMetrics(partnerIds, ties)).toEqual(fromLevels);
    }
  });
});

const level = (from: string, to: string, value: number | null): CollaborationLevel => ({ from, to, level: value });
const path4 = ['p1', 'p2', 'p3', 'p4'];
const path4Ties: Tie[] = [
  { a: 'p1', b: 'p2' },
  { a: 'p2', b: 'p3' },
  { a: 'p3', b: 'p4' },
];

describe('tieGraphMetrics by hand', () => {
  it('measures a path of four', () => {
    const metrics = tieGraphMetrics(path4, path4Ties);
    // 3 ties of 4·3/2 = 6 possible.
    expect(metrics.density).toBe(0.5);
    // p2 lies between p1–p3 and p1–p4: 2 of the 3·2/2 = 3 pairs of other nodes.
    expect(metrics.nodes).toEqual([
      { partnerId: 'p1', degree: 1, betweenness: 0 },
      { partnerId: 'p2', degree: 2, betweenness: 2 / 3 },
      { partnerId: 'p3', degree: 2, betweenness: 2 / 3 },
      { partnerId: 'p4', degree: 1, betweenness: 0 },
    ]);
    // Σ (2 − deg) = 1 + 0 + 0 + 1 = 2 over (n − 1)(n − 2) = 6.
    expect(metrics.centralization).toBeCloseTo(1 / 3, 15);
    expect(metrics.components).toBe(1);
    expect(metrics.isolates).toEqual([]);
  });

  it('gives a star centralisation 1 and its hub betweenness 1', () => {
    const metrics = tieGraphMetrics(['hub', 'x', 'y', 'z'], [{ a: 'x', b: 'hub' }, { a: 'hub', b: 'y' }, { a: 'z', b: 'hub' }]);
    expect(metrics.centralization).toBe(1);
    expect(metrics.nodes[0]).toEqual({ partnerId: 'hub', degree: 3, betweenness: 1 });
  });

  it('measures the six partners of the small fixture by hand', () => {
    const metrics = tieGraphMetrics(['ggz', 'ha', 'wt', 'gem', 'zc', 'jz'], [
      { a: 'ggz', b: 'ha' },
      { a: 'ha', b: 'wt' },
      { a: 'wt', b: 'ggz' },
      { a: 'wt', b: 'gem' },
      { a: 'gem', b: 'jz' },
    ]);
    // 5 ties of 15.
    expect(metrics.density).toBeCloseTo(1 / 3, 15);
    // wt lies between {ggz, ha} and {gem, jz}: 4 of 10 pairs; gem between jz and the other three: 3.
    const betweenness = Object.fromEntries(metrics.nodes.map((n) => [n.partnerId, n.betweenness]));
    expect(betweenness).toEqual({ ggz: 0, ha: 0, wt: 0.4, gem: expect.closeTo(0.3, 15), zc: 0, jz: 0 });
    // Degrees 2, 2, 3, 2, 0, 1: Σ (3 − deg) = 1 + 1 + 0 + 1 + 3 + 2 = 8 over 5·4 = 20.
    expect(metrics.centralization).toBe(0.4);
    expect(metrics.isolates).toEqual(['zc']);
    expect(metrics.components).toBe(2);
  });

  it('is all zero for no partners, one partner and two tied partners (no betweenness below 3 nodes)', () => {
    expect(tieGraphMetrics([], [])).toEqual({ density: 0, centralization: 0, components: 0, isolates: [], nodes: [] });
    expect(tieGraphMetrics(['a'], [])).toEqual({
      density: 0,
      centralization: 0,
      components: 1,
      isolates: ['a'],
      nodes: [{ partnerId: 'a', degree: 0, betweenness: 0 }],
    });
    const pair = tieGraphMetrics(['a', 'b'], [{ a: 'a', b: 'b' }]);
    expect(pair.density).toBe(1);
    expect(pair.centralization).toBe(0);
    expect(pair.nodes.map((n) => n.betweenness)).toEqual([0, 0]);
  });

  it('counts a tie given twice or in both orders once, and ignores a tie with oneself', () => {
    const metrics = tieGraphMetrics(['a', 'b', 'c'], [{ a: 'a', b: 'b' }, { a: 'b', b: 'a' }, { a: 'a', b: 'b' }, { a: 'c', b: 'c' }]);
    expect(metrics.density).toBeCloseTo(1 / 3, 15);
    expect(metrics.isolates).toEqual(['c']);
  });

  it('sorts isolates and components by id, the largest component first', () => {
    const ids = ['k', 'e', 'b', 'z', 'a', 'c', 'd'];
    const ties: Tie[] = [{ a: 'z', b: 'k' }, { a: 'e', b: 'd' }, { a: 'd', b: 'c' }];
    expect(tieGraphMetrics(ids, ties).isolates).toEqual(['a', 'b']);
    expect(tieGraphComponents(ids, ties)).toEqual([['c', 'd', 'e'], ['k', 'z'], ['a'], ['b']]);
  });

  it('counts more than 2^32 shortest paths exactly', () => {
    // s, 21 layers of 3 each linked to all of the next, t: 3^21 shortest s–t paths in 65 nodes.
    const layers = [['s'], ...Array.from({ length: 21 }, (_, i) => [0, 1, 2].map((j) => `l${i}-${j}`)), ['t']];
    const ties = layers.slice(1).flatMap((layer, i) => layers[i]!.flatMap((a) => layer.map((b) => ({ a, b }))));
    const metrics = tieGraphMetrics(layers.flat(), ties);
    // A node of the first layer carries a third of the paths from s to the 61 nodes beyond it, and
    // one of the six shortest paths between each of the 3 pairs in the next layer (three run back
    // through its layer, three on through the layer after): 61/3 + 3/6 of the 64·63/2 pairs.
    expect(metrics.nodes[1]!.betweenness).toBeCloseTo((61 / 3 + 3 / 6) / ((64 * 63) / 2), 12);
  });

  it('measures a path of 100 partners', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    const metrics = tieGraphMetrics(ids, ids.slice(1).map((b, i) => ({ a: ids[i]!, b })));
    // The middle partner p050 lies between the 50 before it and the 49 after it, of 99·98/2 pairs.
    expect(metrics.nodes[50]!.betweenness).toBeCloseTo((50 * 49) / ((99 * 98) / 2), 12);
  });

  it("keeps the last partner's ties at exactly 128 ties, where graphology's index wrapped", () => {
    // The hub of a star lies on the one shortest path of every pair of leaves: betweenness 1.
    const ids = [...Array.from({ length: 128 }, (_, i) => `leaf-${String(i).padStart(3, '0')}`), 'hub'];
    const metrics = tieGraphMetrics(ids, ids.slice(0, -1).map((leaf) => ({ a: leaf, b: 'hub' })));
    expect(metrics.nodes.at(-1)).toEqual({ partnerId: 'hub', degree: 128, betweenness: 1 });
    expect(metrics.centralization).toBe(1);
  });

  it('refuses a tie with a partner outside the graph', () => {
    expect(() => tieGraphMetrics(['a'], [{ a: 'a', b: 'ghost' }])).toThrow(RangeError);
    expect(() => collaborationGraphMetrics(['a'], [level('ghost', 'a', 0)])).toThrow(RangeError);
  });
});

describe('the level thresholds', () => {
  it('makes a working tie at exactly 2 one way and 0 the other', () => {
    expect(workingTies([level('b', 'a', 2), level('a', 'b', 0)])).toEqual([{ a: 'a', b: 'b' }]);
  });
  it('makes a working tie at 2 one way when the other way is missing or null', () => {
    expect(workingTies([level('a', 'b', 2)])).toEqual([{ a: 'a', b: 'b' }]);
    expect(workingTies([level('a', 'b', 2), level('b', 'a', null)])).toEqual([{ a: 'a', b: 'b' }]);
  });
  it('makes no working tie at 1.99 both ways', () => {
    expect(workingTies([level('a', 'b', 1.99), level('b', 'a', 1.99)])).toEqual([]);
  });
  it('lists a tie carried by both directions once', () => {
    expect(workingTies([level('a', 'b', 3), level('b', 'a', 4)])).toEqual([{ a: 'a', b: 'b' }]);
  });
  it('takes a mean that floating point lands a hair below 2 as 2', () => {
    expect(workingTies([level('a', 'b', 2 - 1e-12)])).toEqual([{ a: 'a', b: 'b' }]);
  });
  it('makes a directed edge at exactly 1 and not at 0.99', () => {
    expect(reciprocity([level('a', 'b', 1), level('b', 'a', 1)])).toBe(1);
    expect(reciprocity([level('a', 'b', 1), level('b', 'a', 0.99)])).toBe(0);
  });
});

describe('reciprocity', () => {
  it('is the share of directed edges whose reverse exists', () => {
    // a⇄b reciprocated (2 edges), a→c and c→d not: 2 of 4.
    const levels = [level('a', 'b', 1), level('b', 'a', 3), level('a', 'c', 2), level('c', 'd', 5), level('d', 'c', 0)];
    expect(reciprocity(levels)).toBe(0.5);
  });
  it('is not known (null) without a directed edge, where NetworkX raises', () => {
    expect(reciprocity([])).toBeNull();
    expect(reciprocity([level('a', 'b', 0.5), level('b', 'a', null)])).toBeNull();
    expect(reciprocity([level('a', 'b', 1 - 1e-8)])).toBeNull();
  });
  it('is 0, not null, when directed edges exist and none is returned', () => {
    expect(reciprocity([level('a', 'b', 1), level('b', 'a', 0.99)])).toBe(0);
  });
  it('ignores a level of a partner about itself', () => {
    expect(reciprocity([level('a', 'a', 5), level('a', 'b', 2)])).toBe(0);
    expect(reciprocity([level('a', 'a', 5)])).toBeNull();
  });
  it('is part of the round graph in the §7.1 shape', () => {
    const graph = collaborationGraphMetrics(['a', 'b', 'c'], [level('a', 'b', 3), level('b', 'a', 0.5), level('c', 'a', 1)]);
    expect(Object.keys(graph)).toEqual(['density', 'reciprocity', 'centralization', 'components', 'isolates', 'nodes']);
    expect(graph).toEqual({
      density: 1 / 3,
      reciprocity: 0,
      centralization: 0.5,
      components: 2,
      isolates: ['c'],
      nodes: [
        { partnerId: 'a', degree: 1, betweenness: 0 },
        { partnerId: 'b', degree: 1, betweenness: 0 },
        { partnerId: 'c', degree: 0, betweenness: 0 },
      ],
    });
  });
});

describe('asymmetries', () => {
  const trust = (from: string, to: string, value: number | null) => ({ from, to, trust: value });

  it('flags a difference of exactly 25, signed from a to b', () => {
    expect(asymmetries([trust('b', 'a', 75), trust('a', 'b', 50)])).toEqual([{ a: 'a', b: 'b', difference: -25 }]);
    expect(asymmetries([trust('a', 'b', 75), trust('b', 'a', 50)])).toEqual([{ a: 'a', b: 'b', difference: 25 }]);
  });
  it('does not flag 24.99', () => {
    expect(asymmetries([trust('a', 'b', 74.99), trust('b', 'a', 50)])).toEqual([]);
  });
  it('flags means whose difference floating point puts a hair under 25', () => {
    // 83⅓ − 58⅓ is 25 exactly; in doubles it is 24.999999999999993.
    const high = (100 + 75 + 75) / 3;
    const low = (75 + 50 + 50) / 3;
    expect(high - low).toBeLessThan(25);
    expect(asymmetries([trust('a', 'b', high), trust('b', 'a', low)])).toHaveLength(1);
  });
  it('needs both directions', () => {
    expect(asymmetries([trust('a', 'b', 100)])).toEqual([]);
    expect(asymmetries([trust('a', 'b', 100), trust('b', 'a', null)])).toEqual([]);
  });
  it('lists pairs sorted by a, then b', () => {
    const flagged = asymmetries([
      trust('d', 'c', 0), trust('c', 'd', 100),
      trust('b', 'a', 0), trust('a', 'b', 100),
      trust('c', 'a', 10), trust('a', 'c', 90),
      trust('b', 'c', 50), trust('c', 'b', 60),
    ]);
    expect(flagged.map((f) => `${f.a}-${f.b}`)).toEqual(['a-b', 'a-c', 'c-d']);
  });
});

describe('perceptionGaps', () => {
  it('flags a gap of exactly 2', () => {
    expect(perceptionGaps([level('a', 'b', 4), level('b', 'a', 2)])).toEqual([{ a: 'a', b: 'b', difference: 2 }]);
    expect(perceptionGaps([level('a', 'b', 0), level('b', 'a', 2)])).toEqual([{ a: 'a', b: 'b', difference: -2 }]);
  });
  it('does not flag 1.99', () => {
    expect(perceptionGaps([level('a', 'b', 3.99), level('b', 'a', 2)])).toEqual([]);
  });
  it('flags 11/3 against 5/3, which doubles make 1.9999999999999998', () => {
    expect(11 / 3 - 5 / 3).toBeLessThan(2);
    expect(perceptionGaps([level('a', 'b', 11 / 3), level('b', 'a', 5 / 3)])).toHaveLength(1);
  });
  it('needs both directions', () => {
    expect(perceptionGaps([level('a', 'b', 5)])).toEqual([]);
    expect(perceptionGaps([level('a', 'b', 5), level('b', 'a', null)])).toEqual([]);
  });
});
