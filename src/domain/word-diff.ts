import { diffWordsWithSpace } from 'diff';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * A word-level diff between two versions of an agreement's text (jsdiff's diffWordsWithSpace,
 * so changed line breaks show too). Joining the 'same' and 'removed' parts gives the old text,
 * 'same' and 'added' the new one.
 *
 * @example wordDiff('Wij bellen binnen 2 uur', 'Wij bellen binnen 1 uur')
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
