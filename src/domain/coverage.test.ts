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

describe('daylight saving: the repeated autumn hour (02:00–02:59 on Sunday 2027-10-31)', () => {
  // 02:00–02:59 happens twice: first in summer time (00:00–01:00 UTC), then in winter time (01:00–02:00 UTC).
  const from = at('2027-10-30T00:00:00+02:00');
  const to = at('2027-11-01T00:00:00+01:00');
  const iso = (intervals: { from: number; to: number }[]) => intervals.map((i) => [new Date(i.from).toISOString(), new Date(i.to).toISOString()]);
  const sunday = (start: string, end: string) => slot('ggz', { weekday: 7, start, end });

  it('covers both occurrences of a slot inside the repeated hour', () => {
    expect(iso(partnerAvailability([sunday('02:30', '03:00')], [], from, to).get('ggz')!)).toEqual([
      ['2027-10-31T00:30:00.000Z', '2027-10-31T01:00:00.000Z'],
      ['2027-10-31T01:30:00.000Z', '2027-10-31T02:00:00.000Z'],
    ]);
    expect(coverage([sunday('02:30', '03:00')], [], aroundTheClock(1), from, to).coveredMinutes).toBe(60);
  });

  it('covers both occurrences of the repeated times a slot ending inside the hour holds', () => {
    // 01:00–02:29 local: 01:00–02:29 summer time, then 02:00–02:29 once more in winter time.
    expect(iso(partnerAvailability([sunday('01:00', '02:30')], [], from, to).get('ggz')!)).toEqual([
      ['2027-10-30T23:00:00.000Z', '2027-10-31T00:30:00.000Z'],
      ['2027-10-31T01:00:00.000Z', '2027-10-31T01:30:00.000Z'],
    ]);
    // A night slot from Saturday 22:00 that ends at 02:30 likewise.
    const night = coverage([slot('ggz', { weekday: 6, start: '22:00', end: '02:30' })], [], aroundTheClock(1), from, to);
    expect(night.coveredMinutes).toBe(4 * 60 + 30 + 30);
  });

  it('covers both occurrences of the repeated times a slot starting inside the hour holds', () => {
    // 02:30 local until 08:00: 02:30–02:59 summer time, and from 02:30 winter time on; 02:00–02:29
    // winter time is not inside the slot.
    expect(iso(partnerAvailability([sunday('02:30', '08:00')], [], from, to).get('ggz')!)).toEqual([
      ['2027-10-31T00:30:00.000Z', '2027-10-31T01:00:00.000Z'],
      ['2027-10-31T01:30:00.000Z', '2027-10-31T07:00:00.000Z'],
    ]);
  });

  it('requires both occurrences of a required window inside the hour', () => {
    const result = coverage([sunday('02:00', '02:30')], [], { windows: [{ weekday: 7, start: '02:00', end: '03:00' }], minPartners: 1 }, from, to);
    expect(result.requiredMinutes).toBe(120);
    expect(result.coveredMinutes).toBe(60);
    expect(result.gaps).toEqual([
      { from: at('2027-10-31T02:30:00+02:00'), to: at('2027-10-31T02:00:00+01:00'), have: 0, need: 1 },
      { from: at('2027-10-31T02:30:00+01:00'), to: at('2027-10-31T03:00:00+01:00'), have: 0, need: 1 },
    ]);
  });

  it('lists a partner as available now at either occurrence of a repeated time', () => {
    const slots = [sunday('02:00', '02:30')];
    expect(availableAt(slots, [], at('2027-10-31T02:15:00+02:00')).map((p) => p.partnerId)).toEqual(['ggz']);
    expect(availableAt(slots, [], at('2027-10-31T02:15:00+01:00')).map((p) => p.partnerId)).toEqual(['ggz']);
    expect(availableAt(slots, [], at('2027-10-31T02:45:00+02:00'))).toEqual([]);
    expect(availableAt(slots, [], at('2027-10-31T02:45:00+01:00'))).toEqual([]);
  });
});

describe('daylight saving: the skipped spring hour (02:00–02:59 on Sunday 2027-03-28)', () => {
  it('starts a slot that begins in the skipped hour at the first time after it', () => {
    const [covered] = partnerAvailability([slot('ggz', { weekday: 7, start: '02:30', end: '05:00' })], [], at('2027-03-27T00:00:00+01:00'), at('2027-03-29T00:00:00+02:00')).get('ggz')!;
    expect(covered).toEqual({ from: at('2027-03-28T03:00:00+02:00'), to: at('2027-03-28T05:00:00+02:00') });
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
