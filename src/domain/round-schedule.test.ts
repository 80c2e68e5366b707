import { describe, expect, it } from 'vitest';
import { acceptsResponses, needsReminder, reminderMoments, scheduleProblem } from './round-schedule.ts';

const at = (iso: string) => new Date(iso);

describe('scheduleProblem', () => {
  const now = at('2026-11-23T12:00:00Z');
  it('accepts a closing moment after the opening and in the future', () => {
    expect(scheduleProblem(at('2026-11-24T09:00:00Z'), at('2026-12-08T17:00:00Z'), now)).toBeNull();
    expect(scheduleProblem(at('2026-11-20T09:00:00Z'), at('2026-11-23T12:00:00.001Z'), now)).toBeNull();
  });
  it('rejects a closing moment at or before the opening', () => {
    expect(scheduleProblem(at('2026-11-24T09:00:00Z'), at('2026-11-24T09:00:00Z'), now)).toBe('closes_before_opening');
    expect(scheduleProblem(at('2026-11-24T09:00:00Z'), at('2026-11-24T08:59:59Z'), now)).toBe('closes_before_opening');
  });
  it('rejects a closing moment that has passed', () => {
    expect(scheduleProblem(at('2026-11-01T09:00:00Z'), at('2026-11-23T12:00:00Z'), now)).toBe('closes_in_past');
  });
});

describe('reminderMoments', () => {
  it('reminds halfway and one day before closing for a round of two weeks', () => {
    expect(reminderMoments(at('2026-12-01T09:00:00Z'), at('2026-12-15T09:00:00Z'))).toEqual([at('2026-12-08T09:00:00Z'), at('2026-12-14T09:00:00Z')]);
  });
  it('reminds once, halfway, when the round lasts two days or less', () => {
    expect(reminderMoments(at('2026-12-01T09:00:00Z'), at('2026-12-03T09:00:00Z'))).toEqual([at('2026-12-02T09:00:00Z')]);
    expect(reminderMoments(at('2026-12-01T09:00:00Z'), at('2026-12-01T21:00:00Z'))).toEqual([at('2026-12-01T15:00:00Z')]);
  });
  it('gives both reminders just over two days', () => {
    expect(reminderMoments(at('2026-12-01T00:00:00Z'), at('2026-12-03T02:00:00Z'))).toEqual([at('2026-12-02T01:00:00Z'), at('2026-12-02T02:00:00Z')]);
  });
  it('has none when the round closes before it opened', () => {
    expect(reminderMoments(at('2026-12-03T09:00:00Z'), at('2026-12-01T09:00:00Z'))).toEqual([]);
  });
});

describe('needsReminder', () => {
  const moment = at('2026-12-08T09:00:00Z');
  it('reminds someone never reminded, or last reminded before this moment', () => {
    expect(needsReminder(null, moment)).toBe(true);
    expect(needsReminder(at('2026-12-08T08:59:59Z'), moment)).toBe(true);
  });
  it('does not remind twice for the same moment', () => {
    expect(needsReminder(at('2026-12-08T09:00:00Z'), moment)).toBe(false);
    expect(needsReminder(at('2026-12-08T09:05:00Z'), moment)).toBe(false);
  });
});

describe('acceptsResponses', () => {
  const closesAt = at('2026-12-15T09:00:00Z');
  it('only while open and before the closing moment', () => {
    expect(acceptsResponses({ status: 'open', closesAt }, at('2026-12-15T08:59:59Z'))).toBe(true);
    expect(acceptsResponses({ status: 'open', closesAt }, at('2026-12-15T09:00:00Z'))).toBe(false);
    expect(acceptsResponses({ status: 'draft', closesAt }, at('2026-12-01T09:00:00Z'))).toBe(false);
    expect(acceptsResponses({ status: 'closed', closesAt }, at('2026-12-01T09:00:00Z'))).toBe(false);
  });
});
