/**
 * The open questions of a round (DESIGN §5.1) and the draft each answer can become: "what went
 * well" a success story, "what should be discussed" a difference, "what we would like to ask of a
 * partner" a request to the whole network.
 */
export const OPEN_QUESTIONS = ['wentWell', 'toDiscuss', 'askOfPartner'] as const;
export type OpenQuestion = (typeof OPEN_QUESTIONS)[number];

export const DRAFT_KINDS = ['story', 'difference', 'request'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const DRAFT_KIND_OF: Record<OpenQuestion, DraftKind> = { wentWell: 'story', toDiscuss: 'difference', askOfPartner: 'request' };

export const DRAFT_TITLE_LENGTH = 120;

/**
 * A title for the draft made from an answer: its first line, cut at a word boundary with an
 * ellipsis when it is longer than {@link DRAFT_TITLE_LENGTH} characters. The whole answer goes
 * into the draft's text.
 *
 * @example draftTitle('De overdracht ging snel.\nVerder niets.') // 'De overdracht ging snel.'
 */
export function draftTitle(answer: string): string {
  const firstLine = answer.trim().split(/\r?\n/, 1)[0]!.replace(/\s+/g, ' ').trim();
  if (firstLine.length <= DRAFT_TITLE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, DRAFT_TITLE_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DRAFT_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
