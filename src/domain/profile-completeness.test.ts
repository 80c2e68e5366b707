import { describe, expect, it } from 'vitest';
import { emptyProfileText } from './profile.ts';
import { profileCompleteness } from './profile-completeness.ts';

const filled = {
  ...emptyProfileText(),
  drivers: 'Jongeren thuis houden',
  interests: 'Voldoende bedden in de regio',
  offer: 'Crisisbeoordeling binnen 24 uur',
  need: 'Snelle doorverwijzing door de huisarts',
};

describe('profileCompleteness', () => {
  it('is complete when drivers, interests, offer and need are filled, whatever the other fields hold', () => {
    expect(profileCompleteness(filled)).toEqual({ complete: true, missing: [] });
  });
  it('lists every missing field in a fixed order', () => {
    expect(profileCompleteness(emptyProfileText())).toEqual({ complete: false, missing: ['drivers', 'interests', 'offer', 'need'] });
    expect(profileCompleteness({ ...filled, interests: '', need: '' })).toEqual({ complete: false, missing: ['interests', 'need'] });
  });
  it('counts a field with only white space as empty', () => {
    expect(profileCompleteness({ ...filled, offer: ' \n\t ' })).toEqual({ complete: false, missing: ['offer'] });
  });
  it('does not need values, work logic, competences or the constituency', () => {
    const onlyStageOne = { ...filled, values: '', workLogic: '', competences: '', constituency: '', constituencyRisks: '' };
    expect(profileCompleteness(onlyStageOne).complete).toBe(true);
  });
});
