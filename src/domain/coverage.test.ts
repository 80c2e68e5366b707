import { describe, expect, it } from 'vitest';
import { availableAt, coverage, partnerAvailability, type Slot } from './coverage.ts';

const at = (iso: string) => Date.parse(iso);
const slot = (partnerId: string, s: Partial<Slot>): Slot => ({
  partnerId, weekday: 6, start: '22:00', end: '08:00', validFrom: null, validUntil: null, priority: 1, contact: `${partnerId}: 0800-1234`, ...s,
});
const aroundTheClock = (minPartners: number) => ({ windows: null, minPartners });

describe('daylight saving: a night slot Saturday 22:00–08:00', () => {
  it('lasts 9 hours in the night clocks go forward (last Sunday of March)', () => {
    const from = at('2027-03-27T00:00:00+01:00');
    const to = at('2027-03-29T00:00:00+02:00');
    const [night] = partnerAvailability([slot('ggz', {})], [], from, to).get('ggz')!;
    expect(new Date(night!.from).toISOString()).toBe('2027-03-27T21:00:00.000Z');
    expect(new Date(night!.to).toISOString()).toBe('2027-03-28T06:00:00.000Z');
    const result = coverage([slot('ggz', {})], [], aroundTheClock(1), from, to);
    expect(result.requiredMinutes).toBe(47 * 60);
    expect(result.coveredMinutes).toBe(9 * 60);
    expect(result.coveredShare).toBeCloseTo(9 / 47, 12);
    expect(result.gaps).toEqual([
      { from, to: at('2027-03-27T22:00:00+01:00'), have: 0, need: 1 },
      { from: at('2027-03-28T08:00:00+02:00'), to, have: 0, need: 1 },
    ]);
    expect(result.singlePointsOfFailure).toEqual([{ from: at('2027-03-27T22:00:00+01:00'), to: at('2027-03-28T08:00:00+02:00'), partnerId: 'ggz' }]);
  });

  it('lasts 11 hours in the night clocks go back (last Sunday of October)', () => {
    const from = at('2027-10-30T00:00:00+02:00');
    const to = at('2027-11-01T00:00:00+01:00');
    const [night] = partnerAvailability([slot('ggz', {})], [], from, to).get('ggz')!;
    expect(new Date(night!.from).toISOString()).toBe('2027-10-30T20:00:00.000Z');
    expect(new Date(night!.to).toISOString()).toBe('2027-10-31T07:00:00.000Z');
    const result = coverage([slot('ggz', {})], [], aroundTheClock(1), from, to);
    expect(result.requiredMinutes).toBe(49 * 60);
    expect(result.coveredMinutes).toBe(11 * 60);
  });
});

describe('coverage', () => {
  const weekend = { from: at('2027-06-05T00:00:00+02:00'), to: at('2027-06-07T00:00:00+02:00') }; // Saturday and Sunday

  it('counts a partner once even with overlapping slots, and finds single points of failure', () => {
    const slots = [
      slot('ggz', { weekday: 6, start: '08:00', end: '20:00' }),
      slot('ggz', { weekday: 6, start: '12:00', end: '22:00' }),
      slot('lvb', { weekday: 6, start: '18:00', end: '00:00' }),
    ];
    const result = coverage(slots, [], { windows: [{ weekday: 6, start: '08:00', end: '00:00' }], minPartners: 2 }, weekend.from, weekend.to);
    expect(result.requiredMinutes).toBe(16 * 60);
    expect(result.coveredMinutes).toBe(4 * 60); // 18:00–22:00 both
    expect(result.gaps).toEqual([
      { from: at('2027-06-05T08:00:00+02:00'), to: at('2027-06-05T18:00:00+02:00'), have: 1, need: 2 },
      { from: at('2027-06-05T22:00:00+02:00'), to: at('2027-06-06T00:00:00+02:00'), have: 1, need: 2 },
    ]);
    expect(result.singlePointsOfFailure).toEqual([
      { from: at('2027-06-05T08:00:00+02:00'), to: at('2027-06-05T18:00:00+02:00'), partnerId: 'ggz' },
      { from: at('2027-06-05T22:00:00+02:00'), to: at('2027-06-06T00:00:00+02:00'), partnerId: 'lvb' },
    ]);
  });

  it('takes exceptions and validity dates into account', () => {
    const slots = [slot('ggz', { weekday: 6, start: '00:00', end: '00:00' }), slot('lvb', { weekday: 7, start: '00:00', end: '00:00', validFrom: '2027-06-07' })];
    const result = coverage(slots, [{ partnerId: 'ggz', from: '2027-06-05', until: '2027-06-05' }], aroundTheClock(1), weekend.from, weekend.to);
    expect(result.coveredMinutes).toBe(0);
    expect(result.gaps).toEqual([{ from: weekend.from, to: weekend.to, have: 0, need: 1 }]);
    expect(coverage(slots, [], aroundTheClock(1), weekend.from, weekend.to).coveredMinutes).toBe(24 * 60);
  });

  it('has no share when nothing is required in the period', () => {
    const result = coverage([], [], { windows: [{ weekday: 1, start: '09:00', end: '17:00' }], minPartners: 1 }, weekend.from, weekend.to);
    expect(result).toEqual({ requiredMinutes: 0, coveredMinutes: 0, coveredShare: null, gaps: [], singlePointsOfFailure: [] });
  });
});

describe('availableAt', () => {
  it('lists who can be called at 03:00, by priority, with the contact route', () => {
    const slots = [
      slot('lvb', { priority: 2, contact: 'LVB-dienst 088-111' }),
      slot('ggz', { priority: 1, contact: 'GGZ-crisisdienst 088-222' }),
      slot('wijkteam', { start: '08:00', end: '17:00' }),
    ];
    expect(availableAt(slots, [], at('2027-06-06T03:00:00+02:00'))).toEqual([
      { partnerId: 'ggz', priority: 1, contact: 'GGZ-crisisdienst 088-222' },
      { partnerId: 'lvb', priority: 2, contact: 'LVB-dienst 088-111' },
    ]);
    expect(availableAt(slots, [], at('2027-06-06T08:00:00+02:00'))).toEqual([]); // the night slot ends at 08:00
    expect(availableAt(slots, [{ partnerId: 'ggz', from: '2027-06-06', until: '2027-06-06' }], at('2027-06-06T03:00:00+02:00')).map((p) => p.partnerId)).toEqual(['lvb']);
  });
});
