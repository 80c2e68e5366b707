import type { Clock } from '../../src/deps.ts';

/**
 * A clock the test moves by hand instead of sleeping: jobs, reminders and "today" all follow it.
 *
 * @example const clock = new TestClock('2027-03-26T09:00:00Z'); clock.advance({ hours: 49 });
 */
export class TestClock implements Clock {
  private at: number;
  constructor(start: string | Date = new Date()) {
    this.at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  /** Jumps to an instant. */
  set(at: string | Date): void {
    this.at = new Date(at).getTime();
  }
  /** Moves time forward. */
  advance(by: { days?: number; hours?: number; minutes?: number; seconds?: number; ms?: number }): void {
    this.at += (((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60_000 + (by.seconds ?? 0) * 1000 + (by.ms ?? 0);
  }
}
