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

/** A change of the zone's UTC offset: at instant `at` the offset goes from `before` to `after` minutes. */
interface OffsetChange {
  at: number;
  before: number;
  after: number;
}

/** The local dates around a period, each with its weekday, the instant it starts and any change of offset within it. */
class Calendar {
  readonly dates: { date: string; weekday: Weekday; utcMidnight: number; offset: number; change: OffsetChange | null }[] = [];
  /** Indexes into `dates`, per ISO weekday. */
  readonly byWeekday = new Map<Weekday, number[]>();

  /** From one day before `from` to one day after `to`, so that night slots on the edges count. */
  constructor(from: number, to: number) {
    let day = DateTime.fromMillis(from, { zone: ZONE }).startOf('day').minus({ days: 1 });
    const last = DateTime.fromMillis(to, { zone: ZONE }).startOf('day').plus({ days: 1 });
    while (day <= last) {
      const weekday = day.weekday as Weekday;
      this.byWeekday.set(weekday, [...(this.byWeekday.get(weekday) ?? []), this.dates.length]);
      const next = day.plus({ days: 1 });
      this.dates.push({
        date: day.toISODate()!,
        weekday,
        // Wall-clock midnight read as if it were UTC: local times become numbers on one line.
        utcMidnight: Date.UTC(day.year, day.month - 1, day.day),
        offset: day.offset,
        change: next.offset === day.offset ? null : offsetChange(day.toMillis(), next.toMillis(), day.offset, next.offset),
      });
      day = next;
    }
  }

  /**
   * The instants whose wall-clock time lies in [`startMin` on date `startIndex`, `endMin` on date
   * `endIndex`) (DESIGN §5.6). Where the offset is constant, wall-clock time runs with the instant,
   * so those instants are the wall-clock interval shifted by the offset. Across a change they are
   * found per stretch of constant offset: in spring the skipped hour holds no instant, in autumn a
   * time inside the repeated hour occurs twice and both occurrences count, so a slot that starts or
   * ends inside that hour can cover two separate intervals.
   */
  span(startIndex: number, startMin: number, endIndex: number, endMin: number): Interval[] {
    const first = this.dates[startIndex]!;
    const wallFrom = first.utcMidnight + startMin * MINUTE;
    const wallTo = this.dates[endIndex]!.utcMidnight + endMin * MINUTE;
    const changes: OffsetChange[] = [];
    for (let i = startIndex; i <= endIndex; i++) {
      const change = this.dates[i]!.change;
      if (change) changes.push(change);
    }
    if (changes.length === 0) return [{ from: wallFrom - first.offset * MINUTE, to: wallTo - first.offset * MINUTE }];

    const pieces: Interval[] = [];
    let stretchFrom = -Infinity;
    let offset = changes[0]!.before;
    for (const change of [...changes, null]) {
      const stretchTo = change ? change.at : Infinity;
      const piece = { from: Math.max(wallFrom - offset * MINUTE, stretchFrom), to: Math.min(wallTo - offset * MINUTE, stretchTo) };
      if (piece.to > piece.from) {
        const previous = pieces[pieces.length - 1];
        if (previous && previous.to === piece.from) previous.to = piece.to;
        else pieces.push(piece);
      }
      if (change) [stretchFrom, offset] = [change.at, change.after];
    }
    return pieces;
  }

  /** The instant a local date starts. */
  midnight(date: string): number {
    return DateTime.fromISO(date, { zone: ZONE }).toMillis();
  }
}

/** The first whole minute in [from, to) at which the zone's offset is `after` (it is `before` at `from`). */
function offsetChange(from: number, to: number, before: number, after: number): OffsetChange {
  let low = from / MINUTE;
  let high = to / MINUTE;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (DateTime.fromMillis(middle * MINUTE, { zone: ZONE }).offset === before) low = middle;
    else high = middle;
  }
  return { at: high * MINUTE, before, after };
}

const nextDate = (date: string) => DateTime.fromISO(date, { zone: ZONE }).plus({ days: 1 }).toISODate()!;

const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
};

/**
 * Every occurrence of a weekly window within [from, to), clipped to it, as instants. An occurrence
 * that starts or ends inside the repeated autumn hour can be two intervals (see Calendar.span).
 */
function occurrences(window: WeeklyWindow, calendar: Calendar, from: number, to: number, dateFilter?: (date: string) => boolean): Interval[] {
  const result: Interval[] = [];
  const startMin = toMinutes(window.start);
  const endMin = toMinutes(window.end);
  const overnight = endMin <= startMin;
  for (const index of calendar.byWeekday.get(window.weekday) ?? []) {
    if (overnight && index + 1 >= calendar.dates.length) continue;
    if (dateFilter && !dateFilter(calendar.dates[index]!.date)) continue;
    for (const piece of calendar.span(index, startMin, overnight ? index + 1 : index, endMin)) {
      const clipped = { from: Math.max(piece.from, from), to: Math.min(piece.to, to) };
      if (clipped.to > clipped.from) result.push(clipped);
    }
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
