import { DateTime } from 'luxon';

/**
 * The Dutch calendar: every wall-clock rule of the product (review dates, due days, weekly slots,
 * digests at 07:30) is computed in Europe/Amsterdam, whatever zone the server runs in. Instants are
 * stored in UTC; "today" is always asked of an injected clock's `now`.
 */
export const ZONE = 'Europe/Amsterdam';

/**
 * The calendar day (YYYY-MM-DD) in the Netherlands at `now`.
 *
 * @example dutchToday(new Date('2026-03-28T23:30:00Z')) // '2026-03-29' (CET, UTC+1)
 */
export function dutchToday(now: Date): string {
  return DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
}

/**
 * The instant a Dutch calendar day starts (local midnight).
 *
 * @example startOfDutchDay('2027-03-28') // 2027-03-27T23:00:00.000Z
 */
export function startOfDutchDay(day: string): Date {
  return DateTime.fromISO(day, { zone: ZONE }).startOf('day').toJSDate();
}

/**
 * The Dutch calendar day `days` after (or before, when negative) `day`.
 *
 * @example addDutchDays('2027-10-30', 1) // '2027-10-31'
 */
export function addDutchDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: ZONE }).plus({ days }).toISODate()!;
}
