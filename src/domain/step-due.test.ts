import { describe, expect, it } from 'vitest';
import { dutchToday } from './calendar.ts';
import { isStepOverdue } from './step-due.ts';

describe('dutchToday', () => {
  it('takes the Dutch calendar day, in winter (UTC+1) and summer (UTC+2) time', () => {
    expect(dutchToday(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(dutchToday(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
    expect(dutchToday(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
    expect(dutchToday(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });

  it('follows the switch to summer time on 29 March 2026', () => {
    // 01:00 UTC is 03:00 CEST; the day before ends at 23:00 UTC (CET).
    expect(dutchToday(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(dutchToday(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(dutchToday(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });
});

describe('isStepOverdue', () => {
  const today = '2026-11-23';
  it('is late only after the due day, and only while the step is open or claimed', () => {
    expect(isStepOverdue({ status: 'open', dueOn: '2026-11-22' }, today)).toBe(true);
    expect(isStepOverdue({ status: 'claimed', dueOn: '2026-11-22' }, today)).toBe(true);
    expect(isStepOverdue({ status: 'claimed', dueOn: '2026-11-23' }, today)).toBe(false);
    expect(isStepOverdue({ status: 'done', dueOn: '2026-01-01' }, today)).toBe(false);
    expect(isStepOverdue({ status: 'dropped', dueOn: '2026-01-01' }, today)).toBe(false);
    expect(isStepOverdue({ status: 'open', dueOn: null }, today)).toBe(false);
  });
});
