import { describe, expect, it } from 'vitest';
import { networkMap } from './network-map.ts';

// A small network computed by hand: A–B share two entries, A–B–C one, C–D one; E shares nothing.
// Ties AB, AC, BC, CD over five partners:
//   density 2·4 / (5·4) = 0.4; degrees A 2, B 2, C 3, D 1, E 0;
//   betweenness: only C lies between others (A–D and B–D), 2 of the 6 pairs of the other four = 1/3;
//   centralisation Σ(3 − deg) / (4·3) = (1 + 1 + 0 + 2 + 3) / 12 = 7/12; components {A,B,C,D}, {E}.
const partners = ['A', 'B', 'C', 'D', 'E'].map((id) => ({ id, name: `Partner ${id}`, sector: 'ggz' }));
const entries = [
  { partnerIds: ['A', 'B'], outcome: 'positive' as const },
  { partnerIds: ['A', 'B', 'C'], outcome: 'mixed' as const },
  { partnerIds: ['C', 'D'], outcome: 'negative' as const },
];

describe('networkMap', () => {
  it('gives every partner its degree and betweenness and the history ties with weights and outcomes', () => {
    const map = networkMap(partners, entries, null);
    expect(map.nodes.map((n) => [n.id, n.name, n.degree])).toEqual([
      ['A', 'Partner A', 2],
      ['B', 'Partner B', 2],
      ['C', 'Partner C', 3],
      ['D', 'Partner D', 1],
      ['E', 'Partner E', 0],
    ]);
    const betweenness = Object.fromEntries(map.nodes.map((n) => [n.id, n.betweenness]));
    expect(betweenness.C).toBeCloseTo(1 / 3, 12);
    for (const id of ['A', 'B', 'D', 'E']) expect(betweenness[id]).toBe(0);
    expect(map.ties.history).toEqual([
      { a: 'A', b: 'B', weight: 2, outcomes: { positive: 1, mixed: 1, negative: 0 } },
      { a: 'A', b: 'C', weight: 1, outcomes: { positive: 0, mixed: 1, negative: 0 } },
      { a: 'B', b: 'C', weight: 1, outcomes: { positive: 0, mixed: 1, negative: 0 } },
      { a: 'C', b: 'D', weight: 1, outcomes: { positive: 0, mixed: 0, negative: 1 } },
    ]);
    expect(map.ties.working).toEqual([]);
  });

  it('measures the graph of all ties; reciprocity is null without a round', () => {
    const { metrics } = networkMap(partners, entries, null);
    expect(metrics.density).toBeCloseTo(0.4, 12);
    expect(metrics.centralization).toBeCloseTo(7 / 12, 12);
    expect(metrics.components).toBe(2);
    expect(metrics.isolates).toEqual(['E']);
    expect(metrics.reciprocity).toBeNull();
  });

  it('takes working ties from a round into the same graph, once per pair', () => {
    const map = networkMap(partners, entries, { workingTies: [{ a: 'E', b: 'D', level: 2.5 }, { a: 'A', b: 'B', level: 4 }], reciprocity: 0.5 });
    expect(map.ties.working).toEqual([{ a: 'D', b: 'E', level: 2.5 }, { a: 'A', b: 'B', level: 4 }]);
    // Ties AB, AC, BC, CD, DE: a triangle with a tail of two; E is no longer isolated.
    expect(map.metrics.components).toBe(1);
    expect(map.metrics.isolates).toEqual([]);
    expect(map.metrics.density).toBeCloseTo(0.5, 12);
    expect(map.nodes.find((n) => n.id === 'A')!.degree).toBe(2);
    expect(map.metrics.reciprocity).toBe(0.5);
  });

  it('ignores partners that are not (or no longer) in the network', () => {
    const map = networkMap(partners.slice(0, 2), [{ partnerIds: ['A', 'B', 'Z'], outcome: 'positive' }], { workingTies: [{ a: 'A', b: 'Z', level: 3 }], reciprocity: 1 });
    expect(map.ties.history).toEqual([{ a: 'A', b: 'B', weight: 1, outcomes: { positive: 1, mixed: 0, negative: 0 } }]);
    expect(map.ties.working).toEqual([]);
    expect(map.metrics.density).toBe(1);
  });

  it('handles a network without partners', () => {
    expect(networkMap([], [], null)).toEqual({
      nodes: [],
      ties: { history: [], working: [] },
      metrics: { density: 0, centralization: 0, components: 0, isolates: [], reciprocity: null },
    });
  });
});
