/**
 * Shared history (gezamenlijk verleden, DESIGN §4 stage 1): earlier collaborations between two or
 * more partners, what came of them, and which pairs of partners therefore already know each other.
 *
 * Ids are compared as plain strings (UTF-16 code units), never by locale.
 */

/** How an earlier collaboration went. */
export const HISTORY_OUTCOMES = ['positive', 'mixed', 'negative'] as const;
export type HistoryOutcome = (typeof HISTORY_OUTCOMES)[number];

/** An entry needs at least this many distinct partners: history is always shared. */
export const MIN_HISTORY_PARTNERS = 2;

/**
 * The facts of one history entry that the matrix and the map need.
 *
 * @example { partnerIds: ['ggz', 'wijkteam'], outcome: 'positive' }
 */
export interface HistoryEntryFacts {
  partnerIds: readonly string[];
  outcome: HistoryOutcome;
}

/** How many entries of a pair ended in each outcome. */
export type OutcomeCounts = Record<HistoryOutcome, number>;

/**
 * Two partners that share history (`a < b` by id): the number of entries they were both part of,
 * and how those went.
 *
 * @example { a: 'ggz', b: 'wijkteam', count: 3, outcomes: { positive: 2, mixed: 1, negative: 0 } }
 */
export interface HistoryPair {
  a: string;
  b: string;
  count: number;
  outcomes: OutcomeCounts;
}

/** One problem with an entry's input, on the path of the field it is about. */
export interface HistoryEntryProblem {
  path: string[];
  message: string;
}

/**
 * The pairs of partners that share history, with their number of entries and outcomes. An entry
 * of three partners makes three pairs; a partner named twice in one entry counts once. Sorted by
 * `a`, then `b`.
 *
 * @example
 * historyPairs([
 *   { partnerIds: ['b', 'a'], outcome: 'positive' },
 *   { partnerIds: ['a', 'b', 'c'], outcome: 'mixed' },
 * ])
 * // [{ a: 'a', b: 'b', count: 2, outcomes: { positive: 1, mixed: 1, negative: 0 } },
 * //  { a: 'a', b: 'c', count: 1, … }, { a: 'b', b: 'c', count: 1, … }]
 */
export function historyPairs(entries: readonly HistoryEntryFacts[]): HistoryPair[] {
  const pairs = new Map<string, HistoryPair>();
  for (const entry of entries) {
    const ids = distinctIds(entry.partnerIds);
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        const key = `${a}\u0000${b}`;
        let pair = pairs.get(key);
        if (pair === undefined) pairs.set(key, (pair = { a, b, count: 0, outcomes: { positive: 0, mixed: 0, negative: 0 } }));
        pair.count += 1;
        pair.outcomes[entry.outcome] += 1;
      }
    }
  }
  return [...pairs.values()].sort((x, y) => compareIds(x.a, y.a) || compareIds(x.b, y.b));
}

/**
 * The "who already knows whom" matrix: the partners in the order given (the rows and columns) and
 * the pairs among them that share history. Entries naming a partner outside `partnerIds` count
 * only for the pairs of partners inside it.
 *
 * @example
 * historyMatrix(['c', 'a', 'b'], [{ partnerIds: ['a', 'b'], outcome: 'negative' }])
 * // { partnerIds: ['c', 'a', 'b'], pairs: [{ a: 'a', b: 'b', count: 1, outcomes: { positive: 0, mixed: 0, negative: 1 } }] }
 */
export function historyMatrix(partnerIds: readonly string[], entries: readonly HistoryEntryFacts[]) {
  const known = new Set(partnerIds);
  const inside = entries.map((entry) => ({ partnerIds: entry.partnerIds.filter((id) => known.has(id)), outcome: entry.outcome }));
  return { partnerIds: [...partnerIds], pairs: historyPairs(inside) };
}

/**
 * What is wrong with an entry's partners and dates, or an empty list: at least two distinct
 * partners; dates are real calendar days as 'YYYY-MM-DD', both optional; the end not before the start.
 *
 * @example
 * historyEntryProblems({ partnerIds: ['a', 'a'], startedOn: '2024-03-01', endedOn: '2023-12-31' })
 * // [{ path: ['partnerIds'], message: … }, { path: ['endedOn'], message: … }]
 */
export function historyEntryProblems(input: {
  partnerIds: readonly string[];
  startedOn?: string | null | undefined;
  endedOn?: string | null | undefined;
}): HistoryEntryProblem[] {
  const problems: HistoryEntryProblem[] = [];
  if (distinctIds(input.partnerIds).length < MIN_HISTORY_PARTNERS) {
    problems.push({ path: ['partnerIds'], message: `Name at least ${MIN_HISTORY_PARTNERS} different partners: history is shared` });
  }
  const { startedOn, endedOn } = input;
  if (startedOn && !isCalendarDate(startedOn)) problems.push({ path: ['startedOn'], message: 'Not a calendar date (YYYY-MM-DD)' });
  if (endedOn && !isCalendarDate(endedOn)) problems.push({ path: ['endedOn'], message: 'Not a calendar date (YYYY-MM-DD)' });
  if (startedOn && endedOn && isCalendarDate(startedOn) && isCalendarDate(endedOn) && endedOn < startedOn) {
    problems.push({ path: ['endedOn'], message: 'The end date lies before the start date' });
  }
  return problems;
}

/**
 * Whether 'YYYY-MM-DD' names a day that exists in the Gregorian calendar (years 1000–9999).
 *
 * @example isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** The ids without repeats, sorted. */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort(compareIds);
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
