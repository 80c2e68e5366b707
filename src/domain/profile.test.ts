import { describe, expect, it } from 'vitest';
import { emptyProfileText, mayEditProfile, PROFILE_FIELDS } from './profile.ts';

describe('mayEditProfile', () => {
  it('lets the coordinator edit every profile', () => {
    expect(mayEditProfile({ role: 'coordinator', partnerId: null }, 'p1')).toBe(true);
  });
  it("lets a representative edit only their own partner's profile", () => {
    expect(mayEditProfile({ role: 'representative', partnerId: 'p1' }, 'p1')).toBe(true);
    expect(mayEditProfile({ role: 'representative', partnerId: 'p2' }, 'p1')).toBe(false);
  });
  it('lets members and observers read only, even of their own partner', () => {
    expect(mayEditProfile({ role: 'member', partnerId: 'p1' }, 'p1')).toBe(false);
    expect(mayEditProfile({ role: 'observer', partnerId: null }, 'p1')).toBe(false);
  });
});

describe('emptyProfileText', () => {
  it('has every field, empty', () => {
    const empty = emptyProfileText();
    expect(Object.keys(empty)).toEqual([...PROFILE_FIELDS]);
    expect(Object.values(empty).every((v) => v === '')).toBe(true);
  });
});
