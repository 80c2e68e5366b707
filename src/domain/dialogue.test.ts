import { describe, expect, it } from 'vitest';
import { normaliseTags } from './dialogue.ts';

describe('tags', () => {
  it('are trimmed, lower case, collapsed and distinct, in the order given', () => {
    expect(normaliseTags([' Nachtzorg ', 'nachtzorg', 'LVB  en GGZ', '  ', 'Overdracht'])).toEqual(['nachtzorg', 'lvb en ggz', 'overdracht']);
    expect(normaliseTags([])).toEqual([]);
  });
});
