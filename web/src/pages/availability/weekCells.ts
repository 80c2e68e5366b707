import { DateTime } from 'luxon';
import type { Coverage, WeeklyWindow } from './availabilityQueries.ts';

export const ZONE = 'Europe/Amsterdam';

export type CellStatus = 'gap' | 'single' | 'covered' | 'open' | 'none';

export interface WeekCell {
  /** Partners available during the whole hour (the fewest within it). */
  have: number;
  /** The minimum required, or null when the hour is outside the requirement. */
  need: number | null;
  status: CellStatus;
  /** The hour does not exist on this day (the clocks go forward). */
  missing: boolean;
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Whether a local wall-clock minute on an ISO weekday falls in one of the weekly windows (null = always). */
export function inWindows(windows: WeeklyWindow[] | null, weekday: number, minute: number): boolean {
  if (windows === null) return true;
  const previous = weekday === 1 ? 7 : weekday - 1;
  return windows.some((w) => {
    const start = toMinutes(w.start);
    const end = toMinutes(w.end);
    if (end > start) return w.weekday === weekday && minute >= start && minute < end;
    return (w.weekday === weekday && minute >= start) || (w.weekday === previous && minute < end);
  });
}

/** The Monday (local date) of the week that holds `date`. */
export const mondayOf = (date: DateTime) => date.setZone(ZONE).startOf('week');

/**
 * The 7 × 24 cells of a week (days across, hours down) from a coverage answer for that week: per
 * local hour the fewest partners available within it, the requirement and the resulting status.
 */
export function weekCells(monday: DateTime, coverage: Coverage): WeekCell[][] {
  const intervals = (coverage.availability ?? []).map((p) => p.intervals.map((i) => ({ from: Date.parse(i.from), to: Date.parse(i.to) })));
  const gaps = coverage.gaps.map((g) => ({ from: Date.parse(g.from), to: Date.parse(g.to) }));
  const singles = coverage.singlePointsOfFailure.map((s) => ({ from: Date.parse(s.from), to: Date.parse(s.to) }));
  const overlaps = (list: { from: number; to: number }[], from: number, to: number) => list.some((i) => i.from < to && i.to > from);
  const windows = coverage.requirement?.windows ?? null;
  const minimum = coverage.requirement?.minPartners ?? null;
  return Array.from({ length: 7 }, (_d, day) => {
    const date = monday.plus({ days: day });
    return Array.from({ length: 24 }, (_h, hour) => {
      const start = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour }, { zone: ZONE });
      const missing = start.hour !== hour;
      const from = start.toMillis();
      const to = hour === 23 ? date.plus({ days: 1 }).startOf('day').toMillis() : DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: hour + 1 }, { zone: ZONE }).toMillis();
      // The fewest partners at any moment within the hour: count at each boundary inside it.
      const moments = [from, ...intervals.flat().flatMap((i) => [i.from, i.to]).filter((m) => m > from && m < to)];
      const have = missing ? 0 : Math.min(...moments.map((m) => intervals.filter((list) => list.some((i) => i.from <= m && m < i.to)).length));
      const need = minimum !== null && inWindows(windows, date.weekday, hour * 60) ? minimum : null;
      let status: CellStatus = have > 0 ? 'open' : 'none';
      if (!missing && overlaps(gaps, from, to)) status = 'gap';
      else if (!missing && overlaps(singles, from, to)) status = 'single';
      else if (need !== null) status = 'covered';
      return { have, need, status, missing };
    });
  });
}
