import { describe, expect, it } from 'vitest';
import { tieChanges, visibleWorkingTies } from './round-map.ts';

const ORG3 = { mode: 'organisation', k: 3 } as const;
const ORG2 = { mode: 'organisation', k: 2 } as const;
const STRICT3 = { mode: 'strict', k: 3 } as const;

const dyad = (from: string, to: string, level: number | null, respondents: number) => ({ from, to, level: { value: level, respondents, items: respondents } });

describe('visibleWorkingTies', () => {
  // a→b level 3 on one respondent, b→a 1 on three; a→c 2 on three, c→a 2 on three; b→c 1.5 on four.
  const dyads = [dyad('a', 'b', 3, 1), dyad('b', 'a', 1, 3), dyad('a', 'c', 2, 3), dyad('c', 'a', 2, 3), dyad('b', 'c', 1.5, 4)];

  it('gives the coordinator every working tie with the level of each direction', () => {
    expect(visibleWorkingTies(dyads, { role: 'coordinator', partnerId: null }, ORG3)).toEqual([
      { a: 'a', b: 'b', level: 3, levelAB: 3, levelBA: 1 },
      { a: 'a', b: 'c', level: 2, levelAB: 2, levelBA: 2 },
    ]);
  });

  it('shows a tie on fewer than k respondents only to the two partners of the pair', () => {
    expect(visibleWorkingTies(dyads, { role: 'representative', partnerId: 'b' }, ORG3).map((t) => `${t.a}${t.b}`)).toEqual(['ab', 'ac']);
    expect(visibleWorkingTies(dyads, { role: 'member', partnerId: 'c' }, ORG3).map((t) => `${t.a}${t.b}`)).toEqual(['ac']);
    expect(visibleWorkingTies(dyads, { role: 'observer', partnerId: null }, ORG3).map((t) => `${t.a}${t.b}`)).toEqual(['ac']);
    // With k = 2 … still not: a→b rests on one respondent.
    expect(visibleWorkingTies(dyads, { role: 'observer', partnerId: null }, ORG2).map((t) => `${t.a}${t.b}`)).toEqual(['ac']);
  });

  it('in strict mode hides a tie on fewer than k respondents from everyone, the coordinator and the pair included', () => {
    for (const viewer of [{ role: 'coordinator', partnerId: null }, { role: 'representative', partnerId: 'a' }, { role: 'representative', partnerId: 'b' }] as const) {
      expect(visibleWorkingTies(dyads, viewer, STRICT3).map((t) => `${t.a}${t.b}`)).toEqual(['ac']);
    }
  });

  it('counts a level within the tolerance of 2 as a working tie (DESIGN §5.2), and 1.99 not', () => {
    expect(visibleWorkingTies([dyad('x', 'y', 2 - 1e-12, 3)], { role: 'observer', partnerId: null }, ORG3)).toHaveLength(1);
    expect(visibleWorkingTies([dyad('x', 'y', 1.99, 3)], { role: 'coordinator', partnerId: null }, ORG3)).toEqual([]);
  });
});

describe('tieChanges', () => {
  it('lists the ties added, removed and changed in level between two rounds', () => {
    const earlier = [
      { a: 'a', b: 'b', level: 2 },
      { a: 'a', b: 'c', level: 4 },
    ];
    const later = [
      { a: 'a', b: 'b', level: 3.5 },
      { a: 'b', b: 'c', level: 2 },
    ];
    expect(tieChanges(earlier, later)).toEqual({
      added: [{ a: 'b', b: 'c', level: 2 }],
      removed: [{ a: 'a', b: 'c', level: 4 }],
      changed: [{ a: 'a', b: 'b', from: 2, to: 3.5 }],
    });
    expect(tieChanges(later, later)).toEqual({ added: [], removed: [], changed: [] });
  });
});
