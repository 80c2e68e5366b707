import { describe, expect, it } from 'vitest';
import { emptyProfileText, PROFILE_FIELDS } from './profile.ts';

describe('emptyProfileText', () => {
  it('has every field, empty', () => {
    const empty = emptyProfileText();
    expect(Object.keys(empty)).toEqual([...PROFILE_FIELDS]);
    expect(Object.values(empty).every((v) => v === '')).toBe(true);
  });
});
