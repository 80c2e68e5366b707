/** Tags of stories (DESIGN §4): short, lower case, distinct. Who may do what lives in permissions.ts. */

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
