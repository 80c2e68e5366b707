import { DateTime } from 'luxon';

/** The wall-clock zone of due dates: a step is due on a Dutch calendar day. */
const ZONE = 'Europe/Amsterdam';

/**
 * The calendar day (YYYY-MM-DD) in the Netherlands at `now`; due dates compare against it.
 *
 * @example dutchToday(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (CET, UTC+1)
 */
export function dutchToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/** A step is overdue when it is still open or claimed and its due day has passed (the due day itself is not late). */
export function isStepOverdue(step: { status: string; dueOn: string | null }, today: string): boolean {
  return step.dueOn !== null && (step.status === 'open' || step.status === 'claimed') && step.dueOn < today;
}
