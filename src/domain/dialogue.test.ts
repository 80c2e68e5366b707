import { describe, expect, it } from 'vitest';
import { mayEditOwnWork, mayMoveDifference, mayNameDifference, mayWriteView, normaliseTags, partnerSpokenFor } from './dialogue.ts';

const coordinator = { role: 'coordinator', partnerId: null };
const ggzRep = { role: 'representative', partnerId: 'ggz' };
const ggzMember = { role: 'member', partnerId: 'ggz' };
const observer = { role: 'observer', partnerId: null };

describe('speaking for a partner', () => {
  it('is for representatives only', () => {
    expect(partnerSpokenFor(ggzRep)).toBe('ggz');
    expect(partnerSpokenFor(ggzMember)).toBeNull();
    expect(partnerSpokenFor(coordinator)).toBeNull();
  });
});

describe('naming and moving a difference', () => {
  it('is for the coordinator, or a representative whose partner is part of it', () => {
    for (const rule of [mayNameDifference, mayMoveDifference]) {
      expect(rule(coordinator, ['lvb'])).toBe(true);
      expect(rule(ggzRep, ['lvb', 'ggz'])).toBe(true);
      expect(rule(ggzRep, ['lvb', 'gemeente'])).toBe(false);
      expect(rule(ggzMember, ['ggz'])).toBe(false);
      expect(rule(observer, ['ggz'])).toBe(false);
    }
  });
});

describe("writing a partner's view", () => {
  it("is for that partner's representative, not even the coordinator", () => {
    expect(mayWriteView(ggzRep, 'ggz')).toBe(true);
    expect(mayWriteView(ggzRep, 'lvb')).toBe(false);
    expect(mayWriteView(coordinator, 'ggz')).toBe(false);
    expect(mayWriteView(ggzMember, 'ggz')).toBe(false);
  });
});

describe('editing one’s own work', () => {
  it('is for the author or the coordinator', () => {
    expect(mayEditOwnWork({ ...ggzMember, userId: 'u1' }, 'u1')).toBe(true);
    expect(mayEditOwnWork({ ...ggzMember, userId: 'u1' }, 'u2')).toBe(false);
    expect(mayEditOwnWork({ ...coordinator, userId: 'u3' }, 'u2')).toBe(true);
  });
});

describe('tags', () => {
  it('are trimmed, lower case, collapsed and distinct, in the order given', () => {
    expect(normaliseTags([' Nachtzorg ', 'nachtzorg', 'LVB  en GGZ', '  ', 'Overdracht'])).toEqual(['nachtzorg', 'lvb en ggz', 'overdracht']);
    expect(normaliseTags([])).toEqual([]);
  });
});
