/**
 * What asks for a person's attention in a network (issue 11 item 3), and in which order the home
 * shows it. Pure: the use case gathers the facts, this decides the order.
 */

export const ATTENTION_KINDS = ['questionnaire', 'ratification', 'step', 'request', 'difference', 'session'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** One thing that waits for the person (or for the partner they speak for). */
export interface AttentionItem {
  kind: AttentionKind;
  id: string;
  title: string;
  /**
   * The day or instant that makes it urgent: a round's closing instant, a step's due day, a
   * session's day; null when nothing dates it (a ratification, a request, a view).
   */
  due: string | null;
  /** A step whose due day has passed. */
  overdue: boolean;
}

/**
 * Rank of each kind: what closes for good comes first (a questionnaire is lost once the round
 * closes, an overdue step is already late), then what the partner is waited for by others, then
 * steps still on time, and the next session last, as something to prepare for.
 */
function rank(item: AttentionItem): number {
  if (item.kind === 'questionnaire') return 0;
  if (item.kind === 'step' && item.overdue) return 1;
  if (item.kind === 'ratification') return 2;
  if (item.kind === 'request') return 3;
  if (item.kind === 'difference') return 4;
  if (item.kind === 'step') return 5;
  return 6;
}

/**
 * Orders the items: by rank of their kind, then the earliest `due` first (undated after dated),
 * then by title, so the same facts always give the same list.
 *
 * @example orderAttention([session, questionnaire]) // [questionnaire, session]
 */
export function orderAttention<T extends AttentionItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.due !== b.due) {
      if (a.due === null) return 1;
      if (b.due === null) return -1;
      return a.due < b.due ? -1 : 1;
    }
    return a.title.localeCompare(b.title, 'nl');
  });
}

/** Steps count as due from this many days before their due day. */
export const STEP_DUE_SOON_DAYS = 7;
