import { DateTime } from 'luxon';

/**
 * Availability coverage for a crisis route (DESIGN §5.6). Slots are weekly, in Europe/Amsterdam
 * wall-clock time, may run past midnight, and are turned into real instants with luxon so that
 * the daylight-saving weekends come out right (a night slot 22:00–08:00 lasts 9 hours in the
 * night clocks go forward and 11 in the night they go back).
 */
export const ZONE = 'Europe/Amsterdam';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface WeeklyWindow {
  weekday: Weekday;
  /** 'HH:MM' wall-clock time; `end` at or before `start` runs into the next day ('00:00' = midnight). */
  start: string;
  end: string;
}

export interface Slot extends WeeklyWindow {
  partnerId: string;
  /** First and last local date ('YYYY-MM-DD') the slot applies to, inclusive; null = open. */
  validFrom: string | null;
  validUntil: string | null;
  /** 1 is called first. */
  priority: number;
  contact: string;
}

/** A partner is not available on these local dates, inclusive (a holiday, a closure). */
export interface AvailabilityException {
  partnerId: string;
  from: string;
  until: string;
}

export interface Requirement {
  /** Null means around the clock. */
  windows: WeeklyWindow[] | null;
  minPartners: number;
}

export interface Interval {
  from: number; // epoch ms
  to: number;
}

const MINUTE = 60_000;

/** The local dates around a period, each with its weekday, and their wall-clock instants cached. */
class Calendar {
  readonly dates: { date: string; weekday: Weekday; year: number; month: number; day: number; utcMidnight: number; offset: number | null }[] = [];
  /** Indexes into `dates`, per ISO weekday. */
  readonly byWeekday = new Map<Weekday, number[]>();
  private readonly cache = new Map<number, number>();

  /** From one day before `from` to one day after `to`, so that night slots on the edges count. */
  constructor(from: number, to: number) {
    let day = DateTime.fromMillis(from, { zone: ZONE }).startOf('day').minus({ days: 1 });
    const last = DateTime.fromMillis(to, { zone: ZONE }).startOf('day').plus({ days: 1 });
    while (day <= last) {
      const weekday = day.weekday as Weekday;
      this.byWeekday.set(weekday, [...(this.byWeekday.get(weekday) ?? []), this.dates.length]);
      // On the two days a year the offset changes within the day, every time goes through luxon.
      const lateOffset = day.set({ hour: 23, minute: 59 }).offset;
      this.dates.push({
        date: day.toISODate()!,
        weekday,
        year: day.year,
        month: day.month,
        day: day.day,
        utcMidnight: Date.UTC(day.year, day.month - 1, day.day),
        offset: lateOffset === day.offset ? day.offset : null,
      });
      day = day.plus({ days: 1 });
    }
  }

  /** The instant of `minutes` past local midnight on date number `index`. */
  instant(index: number, minutes: number): number {
    const d = this.dates[index]!;
    if (d.offset !== null) return d.utcMidnight + (minutes - d.offset) * MINUTE;
    const key = index * 1441 + minutes;
    let ms = this.cache.get(key);
    if (ms === undefined) {
      ms = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: ZONE }).toMillis();
      this.cache.set(key, ms);
    }
    return ms;
  }

  /** The instant a local date starts. */
  midnight(date: string): number {
    return DateTime.fromISO(date, { zone: ZONE }).toMillis();
  }
}

const nextDate = (date: string) => DateTime.fromISO(date, { zone: ZONE }).plus({ days: 1 }).toISODate()!;

const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

/** Every occurrence of a weekly window within [from, to), clipped to it, as instants. */
function occurrences(window: WeeklyWindow, calendar: Calendar, from: number, to: number, dateFilter?: (date: string) => boolean): Interval[] {
  const result: Interval[] = [];
  const startMin = toMinutes(window.start);
  const endMin = toMinutes(window.end);
  const overnight = endMin <= startMin;
  for (const index of calendar.byWeekday.get(window.weekday) ?? []) {
    if (overnight && index + 1 >= calendar.dates.length) continue;
    if (dateFilter && !dateFilter(calendar.dates[index]!.date)) continue;
    const start = calendar.instant(index, startMin);
    const end = calendar.instant(overnight ? index + 1 : index, endMin);
    const clipped = { from: Math.max(start, from), to: Math.min(end, to) };
    if (clipped.to > clipped.from) result.push(clipped);
  }
  return result;
}

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else merged.push({ ...i });
  }
  return merged;
}

/** `intervals` minus `holes` (both merged). */
function subtract(intervals: Interval[], holes: Interval[]): Interval[] {
  if (holes.length === 0) return intervals;
  const result: Interval[] = [];
  for (const interval of intervals) {
    let pieces = [interval];
    for (const hole of holes) {
      if (hole.to <= interval.from || hole.from >= interval.to) continue;
      pieces = pieces.flatMap((p) => [
        ...(hole.from > p.from ? [{ from: p.from, to: Math.min(hole.from, p.to) }] : []),
        ...(hole.to < p.to ? [{ from: Math.max(hole.to, p.from), to: p.to }] : []),
      ]).filter((p) => p.to > p.from);
    }
    result.push(...pieces);
  }
  return result;
}

const withinValidity = (slot: Slot) => (date: string) => (slot.validFrom === null || date >= slot.validFrom) && (slot.validUntil === null || date <= slot.validUntil);

/** Each partner's available time within [from, to), merged, exceptions taken out. */
export function partnerAvailability(slots: Slot[], exceptions: AvailabilityException[], from: number, to: number): Map<string, Interval[]> {
  const calendar = new Calendar(from, to);
  const byPartner = new Map<string, Interval[]>();
  for (const slot of slots) {
    const list = byPartner.get(slot.partnerId) ?? [];
    for (const o of occurrences(slot, calendar, from, to, withinValidity(slot))) list.push(o);
    byPartner.set(slot.partnerId, list);
  }
  const result = new Map<string, Interval[]>();
  for (const [partnerId, intervals] of byPartner) {
    const holes = mergeIntervals(
      exceptions
        .filter((e) => e.partnerId === partnerId)
        .map((e) => ({ from: calendar.midnight(e.from), to: calendar.midnight(nextDate(e.until)) })),
    );
    const available = subtract(mergeIntervals(intervals), holes);
    if (available.length) result.set(partnerId, available);
  }
  return result;
}

export interface CoverageResult {
  requiredMinutes: number;
  coveredMinutes: number;
  /** Covered time within the required windows, 0–1; null when nothing is required in the period. */
  coveredShare: number | null;
  gaps: { from: number; to: number; have: number; need: number }[];
  singlePointsOfFailure: { from: number; to: number; partnerId: string }[];
}

/**
 * Coverage of one capability over [from, to): the stretches of required time where fewer
 * partners than required are available (gaps, with have/need), the stretches that rest on exactly
 * one partner (single points of failure), and the covered share.
 *
 * @example coverage(slots, [], { windows: null, minPartners: 2 }, Date.parse('2027-03-27T00:00:00+01:00'), Date.parse('2027-03-29T00:00:00+02:00'))
 */
export function coverage(slots: Slot[], exceptions: AvailabilityException[], requirement: Requirement, from: number, to: number): CoverageResult {
  const available = partnerAvailability(slots, exceptions, from, to);
  const calendar = new Calendar(from, to);
  const required = requirement.windows === null
    ? [{ from, to }]
    : mergeIntervals(requirement.windows.flatMap((w) => occurrences(w, calendar, from, to)));

  // Sweep over every boundary: +1 at a partner's start, −1 at its end, and the required edges.
  const events: { at: number; partnerId: string; delta: 1 | -1 }[] = [];
  for (const [partnerId, intervals] of available) {
    for (const i of intervals) events.push({ at: i.from, partnerId, delta: 1 }, { at: i.to, partnerId, delta: -1 });
  }
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const boundaries = [...new Set([...events.map((e) => e.at), ...required.flatMap((r) => [r.from, r.to])])].sort((a, b) => a - b);

  const active = new Set<string>();
  const gaps: CoverageResult['gaps'] = [];
  const spofs: CoverageResult['singlePointsOfFailure'] = [];
  let requiredMs = 0;
  let coveredMs = 0;
  let e = 0;
  let r = 0;
  for (let b = 0; b < boundaries.length - 1; b++) {
    const start = boundaries[b]!;
    const end = boundaries[b + 1]!;
    while (e < events.length && events[e]!.at <= start) {
      const ev = events[e++]!;
      if (ev.delta === 1) active.add(ev.partnerId);
      else active.delete(ev.partnerId);
    }
    while (r < required.length && required[r]!.to <= start) r++;
    const inRequired = r < required.length && required[r]!.from <= start;
    if (!inRequired) continue;
    const length = end - start;
    requiredMs += length;
    const have = active.size;
    if (have >= requirement.minPartners) coveredMs += length;
    else appendOrExtend(gaps, { from: start, to: end, have, need: requirement.minPartners }, (last) => last.have === have);
    if (have === 1) {
      const [partnerId] = active as Set<string> & Iterable<string>;
      appendOrExtend(spofs, { from: start, to: end, partnerId: partnerId! }, (last) => last.partnerId === partnerId);
    }
  }
  return {
    requiredMinutes: requiredMs / MINUTE,
    coveredMinutes: coveredMs / MINUTE,
    coveredShare: requiredMs === 0 ? null : coveredMs / requiredMs,
    gaps,
    singlePointsOfFailure: spofs,
  };
}

function appendOrExtend<T extends Interval>(list: T[], item: T, same: (last: T) => boolean) {
  const last = list[list.length - 1];
  if (last && last.to === item.from && same(last)) last.to = item.to;
  else list.push(item);
}

/**
 * "Who can I call now?": the partners available at `at`, by priority (then name order of id),
 * with the contact route of the slot that covers the moment.
 */
export function availableAt(slots: Slot[], exceptions: AvailabilityException[], at: number): { partnerId: string; priority: number; contact: string }[] {
  const best = new Map<string, { partnerId: string; priority: number; contact: string }>();
  const probe = { from: at - 2 * 24 * 60 * MINUTE, to: at + 2 * 24 * 60 * MINUTE };
  for (const slot of slots) {
    const open = partnerAvailability([slot], exceptions, probe.from, probe.to).get(slot.partnerId) ?? [];
    if (!open.some((i) => i.from <= at && at < i.to)) continue;
    const current = best.get(slot.partnerId);
    if (!current || slot.priority < current.priority) best.set(slot.partnerId, { partnerId: slot.partnerId, priority: slot.priority, contact: slot.contact });
  }
  return [...best.values()].sort((a, b) => a.priority - b.priority || a.partnerId.localeCompare(b.partnerId));
}
