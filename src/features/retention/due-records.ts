import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import { retentionCutoff, type RetentionKind, type RetentionSettings } from '../../domain/retention.ts';

/** The kinds whose records are rows of one table, removed with one statement. */
export const TABLE_KINDS = ['auditEvents', 'readNotifications', 'deliveredMail', 'expiredInvitations', 'expiredSessions', 'finishedJobs'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];
/** The kinds that belong to a round: removed round by round, after its results are frozen. */
export const ROUND_KINDS = ['roundAnswers', 'openAnswers'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

type Where<T extends keyof DB> = (eb: ExpressionBuilder<DB, T>, cutoff: Date) => Expression<SqlBool>;

/** Each table kind: its table and when a row is due (domain/retention.ts gives the cutoff). */
const TABLES: { [K in TableKind]: { table: keyof DB; due: Where<never> } } = {
  auditEvents: { table: 'audit_events', due: ((eb: ExpressionBuilder<DB, 'audit_events'>, cutoff: Date) => eb('created_at', '<=', cutoff)) as Where<never> },
  readNotifications: {
    table: 'notifications',
    due: ((eb: ExpressionBuilder<DB, 'notifications'>, cutoff: Date) => eb.and([eb('read_at', 'is not', null), eb('read_at', '<=', cutoff)])) as Where<never>,
  },
  deliveredMail: {
    table: 'mail_messages',
    // Sent, handed to the outbox (delivered by hand) or given up on; a mail still queued stays.
    due: ((eb: ExpressionBuilder<DB, 'mail_messages'>, cutoff: Date) =>
      eb.or([
        eb.and([eb('status', '=', 'sent'), eb(sql<Date>`coalesce(sent_at, created_at)`, '<=', cutoff)]),
        eb.and([eb('status', 'in', ['outbox', 'failed']), eb('created_at', '<=', cutoff)]),
      ])) as Where<never>,
  },
  expiredInvitations: {
    table: 'invitations',
    // Never accepted, and withdrawn or expired at least the period ago; accepted ones record how someone joined.
    due: ((eb: ExpressionBuilder<DB, 'invitations'>, cutoff: Date) =>
      eb.and([eb('accepted_at', 'is', null), eb(sql<Date>`coalesce(revoked_at, expires_at)`, '<=', cutoff)])) as Where<never>,
  },
  expiredSessions: { table: 'sessions', due: ((eb: ExpressionBuilder<DB, 'sessions'>, cutoff: Date) => eb('expires_at', '<=', cutoff)) as Where<never> },
  finishedJobs: {
    table: 'jobs',
    due: ((eb: ExpressionBuilder<DB, 'jobs'>, cutoff: Date) => eb.and([eb('status', '=', 'done'), eb('finished_at', '<=', cutoff)])) as Where<never>,
  },
};

/** How many rows of a table kind are due at `now`; 0 when the kind is kept forever. */
export async function countDueRows(q: Queryable, kind: TableKind, months: number | null, now: Date): Promise<number> {
  if (months === null) return 0;
  const { table, due } = TABLES[kind];
  const cutoff = retentionCutoff(now, months);
  const row = await q
    .selectFrom(table as 'jobs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where((eb) => (due as Where<'jobs'>)(eb, cutoff))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Removes the rows of a table kind that are due at `now`; returns how many. */
export async function removeDueRows(q: Queryable, kind: TableKind, months: number | null, now: Date): Promise<number> {
  if (months === null) return 0;
  const { table, due } = TABLES[kind];
  const cutoff = retentionCutoff(now, months);
  const result = await q
    .deleteFrom(table as 'jobs')
    .where((eb) => (due as Where<'jobs'>)(eb, cutoff))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The closed rounds whose raw answers (or only their open answers) are due at `now`, oldest first:
 * closed at least the period ago and not yet removed.
 */
export async function dueRounds(q: Queryable, kind: RoundKind, settings: RetentionSettings, now: Date) {
  const months = settings[kind];
  if (months === null) return [];
  const cutoff = retentionCutoff(now, months);
  let query = q
    .selectFrom('rounds as r')
    .leftJoin('round_frozen_results as f', 'f.round_id', 'r.id')
    .select(['r.id', 'r.network_id', 'r.closed_at'])
    .where('r.status', '=', 'closed')
    .where('r.closed_at', '<=', cutoff)
    .where('f.answers_removed_at', 'is', null);
  if (kind === 'openAnswers') query = query.where('f.open_answers_removed_at', 'is', null);
  return query.orderBy('r.closed_at').orderBy('r.id').execute();
}

/** How many records of each kind are due at `now` (rounds for the round kinds, rows for the others). */
export async function countDue(q: Queryable, settings: RetentionSettings, now: Date): Promise<Record<RetentionKind, number>> {
  const counts = {} as Record<RetentionKind, number>;
  for (const kind of ROUND_KINDS) counts[kind] = (await dueRounds(q, kind, settings, now)).length;
  for (const kind of TABLE_KINDS) counts[kind] = await countDueRows(q, kind, settings[kind], now);
  return counts;
}
