import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

describe('wordDiff', () => {
  it('marks the changed words only', () => {
    expect(wordDiff('Wij bellen binnen 2 uur terug', 'Wij bellen binnen 1 uur terug')).toEqual([
      { kind: 'same', text: 'Wij bellen binnen ' },
      { kind: 'removed', text: '2' },
      { kind: 'added', text: '1' },
      { kind: 'same', text: ' uur terug' },
    ]);
  });
  it('rebuilds both versions from its parts', () => {
    const before = 'De GGZ beoordeelt.\nHet wijkteam volgt op.';
    const after = 'De GGZ beoordeelt binnen 24 uur.\nHet wijkteam en de huisarts volgen op.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });
  it('gives one unchanged part for equal texts', () => {
    expect(wordDiff('Gelijk', 'Gelijk')).toEqual([{ kind: 'same', text: 'Gelijk' }]);
  });
});
