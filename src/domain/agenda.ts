/**
 * The agenda of the next session (DESIGN §5.7): it opens with what goes well, then what needs
 * attention, in a fixed order of sections. The selection rules for dated items live here too.
 */

/** The sections of the agenda, in the order a session takes them. */
export const AGENDA_SECTIONS = [
  'going_well',
  'downward_spirals',
  'too_good_to_be_true',
  'pairs',
  'agreements',
  'differences',
  'steps',
  'requests',
  'value_map',
] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

/** Every reason an item can be on the agenda; the web explains each from catalog `agenda.reasons.<code>`. */
export const AGENDA_REASONS = [
  'upward_spiral',
  'new_story',
  'downward_spiral',
  'too_good_to_be_true',
  'asymmetry',
  'perception_gap',
  'agreement_gap',
  'agreement_review_overdue',
  'agreement_objection',
  'difference_open',
  'step_overdue',
  'decision_without_consequence',
  'request_unanswered',
  'value_map_gap',
] as const;
export type AgendaReason = (typeof AGENDA_REASONS)[number];

export interface AgendaItem {
  section: AgendaSection;
  kind: string;
  title: string;
  reason: { code: AgendaReason; params: Record<string, string | number> };
  link: string | null;
}

/** An item with how pressing it is within its section (larger first). */
export interface WeighedAgendaItem extends AgendaItem {
  weight: number;
}

/**
 * Orders the agenda: sections in §5.7 order, within a section the larger weight first; equal
 * weights keep the order they came in.
 *
 * @example orderAgenda([{ section: 'steps', weight: 1, … }, { section: 'going_well', weight: 0, … }]) // going_well first
 */
export function orderAgenda(items: WeighedAgendaItem[]): AgendaItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => AGENDA_SECTIONS.indexOf(x.item.section) - AGENDA_SECTIONS.indexOf(y.item.section) || y.item.weight - x.item.weight || x.index - y.index)
    .map(({ item: { weight: _weight, ...item } }) => item);
}

/** Without a previous session, stories of the last 60 days count as new. */
export const NEW_STORY_DAYS = 60;
/** A request still open this many days after it was made is unanswered. */
export const UNANSWERED_REQUEST_DAYS = 14;

/** Adds whole days to a calendar day (YYYY-MM-DD), in UTC so no clock change shifts it. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The first day on which a published success story counts as new: the day of the previous
 * session (a story written on that day may not have been in it), or 60 days back without one.
 *
 * @example newStoriesFrom('2026-10-01', '2026-11-23') // '2026-10-01'
 * @example newStoriesFrom(null, '2026-11-23') // '2026-09-24'
 */
export function newStoriesFrom(previousSessionOn: string | null, today: string): string {
  return previousSessionOn ?? addDays(today, -NEW_STORY_DAYS);
}

/**
 * A request is unanswered when it is published (not a draft), still open, and was made at least
 * 14 days before today (calendar days in the Netherlands).
 *
 * @example isRequestUnanswered({ status: 'open', draft: false, createdOn: '2026-11-09' }, '2026-11-23') // true
 */
export function isRequestUnanswered(request: { status: string; draft: boolean; createdOn: string }, today: string): boolean {
  return request.status === 'open' && !request.draft && daysBetween(request.createdOn, today) >= UNANSWERED_REQUEST_DAYS;
}

/** Differences that still wait for their conversation: named or explored, not a draft. */
export function isDifferenceNotYetDiscussed(difference: { status: string; draft: boolean }): boolean {
  return !difference.draft && (difference.status === 'named' || difference.status === 'explored');
}

/** Open on the agenda for "too good to be true": named, explored or discussed, not a draft. */
export function isDifferenceOpen(difference: { status: string; draft: boolean }): boolean {
  return !difference.draft && ['named', 'explored', 'discussed'].includes(difference.status);
}
