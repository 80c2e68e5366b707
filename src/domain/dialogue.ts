/**
 * Who may do what with differences, stories and the vision (DESIGN §2, §4). A representative
 * speaks for one partner only: they write that partner's view, support on its behalf, and name
 * differences their own partner is part of.
 */

export interface Speaker {
  role: string;
  partnerId: string | null;
}

/** The partner a caller speaks for: a representative's own partner, otherwise none. */
export function partnerSpokenFor(caller: Speaker): string | null {
  return caller.role === 'representative' ? caller.partnerId : null;
}

/**
 * Whether the caller may name a difference between these partners: the coordinator always, a
 * representative only when their own partner is one of them (a difference is named by a party to it).
 */
export function mayNameDifference(caller: Speaker, partnerIds: readonly string[]): boolean {
  if (caller.role === 'coordinator') return true;
  const own = partnerSpokenFor(caller);
  return own !== null && partnerIds.includes(own);
}

/**
 * Whether the caller may move a difference along: the coordinator, or a representative of a
 * partner involved in it.
 */
export function mayMoveDifference(caller: Speaker, partnerIds: readonly string[]): boolean {
  return mayNameDifference(caller, partnerIds);
}

/** Only a partner's own representative writes its view of a difference, not even the coordinator. */
export function mayWriteView(caller: Speaker, partnerId: string): boolean {
  return partnerSpokenFor(caller) === partnerId;
}

/** The author of a story, statement or difference, or the coordinator, may change or delete it. */
export function mayEditOwnWork(caller: Speaker & { userId: string }, authorId: string): boolean {
  return caller.role === 'coordinator' || caller.userId === authorId;
}

/** The longest tag and the most tags a story may carry. */
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 12;

/**
 * Tags as stored: trimmed, inner spaces collapsed, lower case, empty ones dropped, each once, in
 * the order first given.
 *
 * @example normaliseTags([' Nachtzorg ', 'nachtzorg', 'LVB  en GGZ']) // ['nachtzorg', 'lvb en ggz']
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const clean = tag.trim().replace(/\s+/g, ' ').toLowerCase();
    if (clean !== '') seen.add(clean);
  }
  return [...seen];
}
