import { describe, expect, it } from 'vitest';
import { defaultRetention, effectiveRetention, isDue, RETENTION_KINDS, RETENTION_RULES, retentionCutoff, retentionProblems } from './retention.ts';

describe('retention periods', () => {
  it('default to what issue 14 names, every default within its own bounds', () => {
    expect(defaultRetention()).toEqual({
      roundAnswers: 24,
      openAnswers: 24,
      auditEvents: 60,
      readNotifications: 12,
      deliveredMail: 3,
      expiredInvitations: 3,
      expiredSessions: 1,
      finishedJobs: 3,
    });
    expect(retentionProblems(defaultRetention())).toEqual([]);
    expect(Object.keys(RETENTION_RULES)).toEqual([...RETENTION_KINDS]);
  });

  it('refuse a period below the minimum, a fraction, more than 100 years, and "forever" where it has no lasting purpose', () => {
    const base = defaultRetention();
    expect(retentionProblems({ ...base, auditEvents: 11 })).toEqual([{ kind: 'auditEvents', code: 'below_minimum', minMonths: 12 }]);
    expect(retentionProblems({ ...base, auditEvents: 12 })).toEqual([]);
    expect(retentionProblems({ ...base, roundAnswers: 2, openAnswers: 2 })).toEqual([
      { kind: 'roundAnswers', code: 'below_minimum', minMonths: 3 },
      { kind: 'openAnswers', code: 'below_minimum', minMonths: 3 },
    ]);
    expect(retentionProblems({ ...base, deliveredMail: 1.5 })).toEqual([{ kind: 'deliveredMail', code: 'not_whole_months' }]);
    expect(retentionProblems({ ...base, finishedJobs: 1201 })).toEqual([{ kind: 'finishedJobs', code: 'above_maximum', maxMonths: 1200 }]);
    expect(retentionProblems({ ...base, expiredSessions: 0 })).toEqual([]);
    expect(retentionProblems({ ...base, readNotifications: null })).toEqual([{ kind: 'readNotifications', code: 'forever_not_allowed' }]);
    expect(retentionProblems({ ...base, auditEvents: null, roundAnswers: null, openAnswers: null })).toEqual([]);
  });

  it('never keep open answers longer than the raw answers they are part of', () => {
    const base = defaultRetention();
    expect(retentionProblems({ ...base, openAnswers: 25 })).toEqual([{ kind: 'openAnswers', code: 'longer_than_round_answers' }]);
    expect(retentionProblems({ ...base, openAnswers: null })).toEqual([{ kind: 'openAnswers', code: 'longer_than_round_answers' }]);
    expect(retentionProblems({ ...base, openAnswers: 6 })).toEqual([]);
    expect(retentionProblems({ ...base, roundAnswers: null, openAnswers: 36 })).toEqual([]);
  });

  it('read stored settings over the defaults, ignoring what the rules do not allow', () => {
    expect(effectiveRetention({})).toEqual(defaultRetention());
    expect(effectiveRetention({ auditEvents: null, deliveredMail: 6 })).toMatchObject({ auditEvents: null, deliveredMail: 6 });
    expect(effectiveRetention({ readNotifications: null, expiredSessions: -1, finishedJobs: 'x' })).toMatchObject({ readNotifications: 12, expiredSessions: 1, finishedJobs: 3 });
    expect(effectiveRetention({ roundAnswers: 12 })).toMatchObject({ roundAnswers: 12, openAnswers: 12 });
  });
});

describe('what is due for removal', () => {
  it('counts calendar months back from now, on the last day of a shorter month', () => {
    expect(retentionCutoff(new Date('2026-12-07T10:00:00Z'), 24).toISOString()).toBe('2024-12-07T10:00:00.000Z');
    expect(retentionCutoff(new Date('2027-03-31T08:00:00Z'), 1).toISOString()).toBe('2027-02-28T08:00:00.000Z');
    expect(retentionCutoff(new Date('2028-03-31T08:00:00Z'), 1).toISOString()).toBe('2028-02-29T08:00:00.000Z');
    expect(retentionCutoff(new Date('2027-01-15T00:00:00Z'), 3).toISOString()).toBe('2026-10-15T00:00:00.000Z');
    expect(retentionCutoff(new Date('2027-01-15T00:00:00Z'), 60).toISOString()).toBe('2022-01-15T00:00:00.000Z');
    expect(retentionCutoff(new Date('2027-01-15T00:00:00Z'), 0).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('is a record whose period has run out at or before now; never one kept forever or whose period has not started', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(isDue(new Date('2024-12-07T10:00:00Z'), 24, now)).toBe(true);
    expect(isDue(new Date('2024-12-07T10:00:00.001Z'), 24, now)).toBe(false);
    expect(isDue(new Date('2020-01-01T00:00:00Z'), null, now)).toBe(false);
    expect(isDue(null, 1, now)).toBe(false);
    expect(isDue(now, 0, now)).toBe(true);
  });
});
