/**
 * Retention (AVG/GDPR art. 5(1)(e), issue 14): how long each kind of record is kept before the daily
 * job removes it. A period is a whole number of calendar months counted from the moment the kind
 * names (a round's closing, a notification's reading, …), or `null`: keep for as long as the
 * network or account exists ("keep forever"), allowed only where keeping has a lasting purpose.
 */

/** The kinds of record that have a retention period, in the order the admin screen lists them. */
export const RETENTION_KINDS = [
  'roundAnswers',
  'openAnswers',
  'auditEvents',
  'readNotifications',
  'deliveredMail',
  'expiredInvitations',
  'expiredSessions',
  'finishedJobs',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** Months, or null for "keep for as long as the network or account exists". */
export type RetentionPeriod = number | null;
export type RetentionSettings = Record<RetentionKind, RetentionPeriod>;

/** What the period of a kind is counted from (the moment a record becomes due is that moment plus the period). */
export type RetentionAnchor = 'roundClosed' | 'created' | 'read' | 'delivered' | 'expired' | 'finished';

export interface RetentionRule {
  kind: RetentionKind;
  anchor: RetentionAnchor;
  defaultMonths: number;
  /** The shortest period an administrator may set: what the product needs the records for. */
  minMonths: number;
  /** Whether "keep forever" may be chosen: only where keeping can have a lasting, lawful purpose. */
  foreverAllowed: boolean;
}

/** The longest period that can be set as a number (100 years); anything longer is "keep forever". */
export const MAX_MONTHS = 1200;

/**
 * Every kind with its default and bounds.
 * - Raw round answers (the per-respondent rows behind a round's results) 24 months after the round
 *   closed; at least 3, so a round's results can be discussed and its open answers used first. When
 *   they go, the round's computed results are kept in aggregate form (features/retention).
 * - Open answers (the texts of "what went well", …) the same; they are part of the raw answers, so
 *   they can never be kept longer than those (`retentionProblems`).
 * - Audit entries 60 months (5 years) after they were written; at least 12 for accountability; a
 *   municipality's archive rules may ask to keep them, so "forever" is allowed.
 * - Read notifications 12 months after reading; mails that were delivered (or handed to the outbox
 *   or given up on) 3 months after; invitations that expired or were withdrawn unaccepted 3 months
 *   after; sessions 1 month after expiry (0 = at once); finished jobs 3 months after. These records
 *   serve only their moment, so they cannot be kept forever.
 */
export const RETENTION_RULES: Record<RetentionKind, RetentionRule> = {
  roundAnswers: { kind: 'roundAnswers', anchor: 'roundClosed', defaultMonths: 24, minMonths: 3, foreverAllowed: true },
  openAnswers: { kind: 'openAnswers', anchor: 'roundClosed', defaultMonths: 24, minMonths: 3, foreverAllowed: true },
  auditEvents: { kind: 'auditEvents', anchor: 'created', defaultMonths: 60, minMonths: 12, foreverAllowed: true },
  readNotifications: { kind: 'readNotifications', anchor: 'read', defaultMonths: 12, minMonths: 1, foreverAllowed: false },
  deliveredMail: { kind: 'deliveredMail', anchor: 'delivered', defaultMonths: 3, minMonths: 1, foreverAllowed: false },
  expiredInvitations: { kind: 'expiredInvitations', anchor: 'expired', defaultMonths: 3, minMonths: 1, foreverAllowed: false },
  expiredSessions: { kind: 'expiredSessions', anchor: 'expired', defaultMonths: 1, minMonths: 0, foreverAllowed: false },
  finishedJobs: { kind: 'finishedJobs', anchor: 'finished', defaultMonths: 3, minMonths: 1, foreverAllowed: false },
};

/** The defaults of every kind. */
export function defaultRetention(): RetentionSettings {
  return Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, RETENTION_RULES[kind].defaultMonths])) as RetentionSettings;
}

/**
 * The stored settings over the defaults: a kind that is missing, or whose stored value the rules no
 * longer allow, gets its default (so a stored value can never switch removal off by accident).
 *
 * @example effectiveRetention({ auditEvents: null }).auditEvents // null (keep forever)
 */
export function effectiveRetention(stored: Partial<Record<string, unknown>>): RetentionSettings {
  const settings = defaultRetention();
  for (const kind of RETENTION_KINDS) {
    const value = stored[kind];
    if (value !== undefined && periodProblem(kind, value as RetentionPeriod) === null) settings[kind] = value as RetentionPeriod;
  }
  const raw = settings.roundAnswers;
  if (raw !== null && (settings.openAnswers === null || settings.openAnswers > raw)) settings.openAnswers = raw;
  return settings;
}

export type RetentionProblem =
  | { kind: RetentionKind; code: 'not_whole_months' }
  | { kind: RetentionKind; code: 'below_minimum'; minMonths: number }
  | { kind: RetentionKind; code: 'above_maximum'; maxMonths: number }
  | { kind: RetentionKind; code: 'forever_not_allowed' }
  | { kind: 'openAnswers'; code: 'longer_than_round_answers' };

function periodProblem(kind: RetentionKind, months: RetentionPeriod): RetentionProblem | null {
  const rule = RETENTION_RULES[kind];
  if (months === null) return rule.foreverAllowed ? null : { kind, code: 'forever_not_allowed' };
  if (!Number.isInteger(months)) return { kind, code: 'not_whole_months' };
  if (months < rule.minMonths) return { kind, code: 'below_minimum', minMonths: rule.minMonths };
  if (months > MAX_MONTHS) return { kind, code: 'above_maximum', maxMonths: MAX_MONTHS };
  return null;
}

/**
 * Everything wrong with a set of periods, empty when it may be saved: each period within its kind's
 * bounds, and open answers kept no longer than the raw answers they are part of.
 *
 * @example retentionProblems({ ...defaultRetention(), auditEvents: 6 }) // [{ kind: 'auditEvents', code: 'below_minimum', minMonths: 12 }]
 */
export function retentionProblems(settings: RetentionSettings): RetentionProblem[] {
  const problems = RETENTION_KINDS.map((kind) => periodProblem(kind, settings[kind])).filter((p) => p !== null);
  const open = settings.openAnswers;
  const raw = settings.roundAnswers;
  if (raw !== null && (open === null || open > raw)) problems.push({ kind: 'openAnswers', code: 'longer_than_round_answers' });
  return problems;
}

/**
 * The moment `months` calendar months before `now` (in UTC; on the last day of the month when that
 * month is shorter): a record whose anchor moment lies at or before it is due for removal.
 *
 * @example retentionCutoff(new Date('2026-12-07T10:00:00Z'), 24) // 2024-12-07T10:00:00.000Z
 * @example retentionCutoff(new Date('2027-03-31T08:00:00Z'), 1) // 2027-02-28T08:00:00.000Z
 */
export function retentionCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(now.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
}

/**
 * Whether a record whose period started at `anchor` is due for removal at `now`: never when it is
 * kept forever or its period has not started (a round not closed, a notification not read).
 *
 * @example isDue(new Date('2024-12-07T09:00:00Z'), 24, new Date('2026-12-07T10:00:00Z')) // true
 */
export function isDue(anchor: Date | null, months: RetentionPeriod, now: Date): boolean {
  if (anchor === null || months === null) return false;
  return anchor.getTime() <= retentionCutoff(now, months).getTime();
}
