import type { MailAttachment } from '../../db/schema.ts';

/**
 * At most this many calendar files go with a digest. A digest can gather dozens of events; a mail
 * with dozens of files is one nobody opens. The items beyond it keep their link, and the page it
 * opens has "Zet in uw agenda"; the digest says so.
 */
export const MAX_DIGEST_CALENDAR_FILES = 3;

/**
 * The files of a mail made of these items (oldest first): for each thing the items are about
 * (`about`), the files of its latest item that has any (an earlier file of the same thing is
 * outdated: its SEQUENCE is lower), for at most `max` things in the order they first appear. A file
 * name that repeats gets a number, so no mail client overwrites one file with another.
 *
 * @example attachmentsOf(items, MAX_DIGEST_CALENDAR_FILES) // { attachments: [session, review], leftOut: 0 }
 */
export function attachmentsOf(
  items: readonly { about: string; attachments: readonly MailAttachment[] | null }[],
  max = Number.POSITIVE_INFINITY,
): { attachments: MailAttachment[]; leftOut: number } {
  const latest = new Map<string, readonly MailAttachment[]>();
  for (const item of items) {
    if (!item.attachments || item.attachments.length === 0) continue;
    // A Map keeps the position of a key's first set: things stay in the order they first appear.
    latest.set(item.about, item.attachments);
  }
  const things = [...latest.values()];
  const kept = things.slice(0, max);
  const used = new Map<string, number>();
  const attachments = kept.flat().map((file) => {
    const count = (used.get(file.filename) ?? 0) + 1;
    used.set(file.filename, count);
    return count === 1 ? file : { ...file, filename: file.filename.replace(/(\.[a-z0-9]+)?$/i, (ext) => `-${count}${ext}`) };
  });
  return { attachments, leftOut: things.length - kept.length };
}
