import { describe, expect, it } from 'vitest';
import { distinctIds, historyEntryProblems, historyMatrix, historyPairs, isCalendarDate } from './shared-history.ts';

describe('historyPairs', () => {
  it('makes every pair of an entry, counts entries per pair and their outcomes', () => {
    const pairs = historyPairs([
      { partnerIds: ['b', 'a'], outcome: 'positive' },
      { partnerIds: ['a', 'b', 'c'], outcome: 'mixed' },
      { partnerIds: ['d', 'c'], outcome: 'negative' },
    ]);
    expect(pairs).toEqual([
      { a: 'a', b: 'b', count: 2, outcomes: { positive: 1, mixed: 1, negative: 0 } },
      { a: 'a', b: 'c', count: 1, outcomes: { positive: 0, mixed: 1, negative: 0 } },
      { a: 'b', b: 'c', count: 1, outcomes: { positive: 0, mixed: 1, negative: 0 } },
      { a: 'c', b: 'd', count: 1, outcomes: { positive: 0, mixed: 0, negative: 1 } },
    ]);
  });

  it('counts a partner named twice in one entry once, and makes no pair of a partner with itself', () => {
    expect(historyPairs([{ partnerIds: ['a', 'a', 'b'], outcome: 'positive' }])).toEqual([
      { a: 'a', b: 'b', count: 1, outcomes: { positive: 1, mixed: 0, negative: 0 } },
    ]);
    expect(historyPairs([{ partnerIds: ['a', 'a'], outcome: 'positive' }])).toEqual([]);
    expect(historyPairs([])).toEqual([]);
  });

  it('sorts ids by code unit, not by locale', () => {
    const pairs = historyPairs([{ partnerIds: ['b', 'B', 'a'], outcome: 'mixed' }]);
    expect(pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['B-a', 'B-b', 'a-b']);
  });
});

describe('historyMatrix', () => {
  it('keeps the partners in the given order and only pairs among them', () => {
    const matrix = historyMatrix(['c', 'a', 'b'], [
      { partnerIds: ['a', 'b'], outcome: 'negative' },
      { partnerIds: ['a', 'gone'], outcome: 'positive' },
      { partnerIds: ['a', 'b', 'gone'], outcome: 'positive' },
    ]);
    expect(matrix).toEqual({
      partnerIds: ['c', 'a', 'b'],
      pairs: [{ a: 'a', b: 'b', count: 2, outcomes: { positive: 1, mixed: 0, negative: 1 } }],
    });
  });

  it('is empty for a network without history', () => {
    expect(historyMatrix(['a', 'b'], [])).toEqual({ partnerIds: ['a', 'b'], pairs: [] });
  });
});

describe('historyEntryProblems', () => {
  it('accepts two distinct partners without dates, or with an end on or after the start', () => {
    expect(historyEntryProblems({ partnerIds: ['a', 'b'] })).toEqual([]);
    expect(historyEntryProblems({ partnerIds: ['a', 'b'], startedOn: '2021-01-01', endedOn: '2021-01-01' })).toEqual([]);
    expect(historyEntryProblems({ partnerIds: ['a', 'b'], startedOn: null, endedOn: '2021-01-01' })).toEqual([]);
  });

  it('needs at least two different partners', () => {
    expect(historyEntryProblems({ partnerIds: ['a'] }).map((p) => p.path)).toEqual([['partnerIds']]);
    expect(historyEntryProblems({ partnerIds: ['a', 'a'] }).map((p) => p.path)).toEqual([['partnerIds']]);
    expect(historyEntryProblems({ partnerIds: [] }).map((p) => p.path)).toEqual([['partnerIds']]);
  });

  it('refuses an end before the start and days that do not exist', () => {
    expect(historyEntryProblems({ partnerIds: ['a', 'b'], startedOn: '2024-03-01', endedOn: '2024-02-29' })).toEqual([
      { path: ['endedOn'], message: 'The end date lies before the start date' },
    ]);
    expect(historyEntryProblems({ partnerIds: ['a', 'b'], startedOn: '2023-02-29' }).map((p) => p.path)).toEqual([['startedOn']]);
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
  });
  it('refuses other shapes and impossible months and days', () => {
    for (const bad of ['2024-13-01', '2024-00-10', '2024-04-31', '2024-4-1', '24-04-01', '2024-04-01T00:00', '0999-01-01']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
    expect(isCalendarDate('2024-12-31')).toBe(true);
  });
});

describe('distinctIds', () => {
  it('drops repeats and sorts', () => {
    expect(distinctIds(['b', 'a', 'b'])).toEqual(['a', 'b']);
  });
});
