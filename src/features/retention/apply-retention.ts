import { sql } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import type { RetentionKind } from '../../domain/retention.ts';
import { enqueueJob, type JobHandlers } from '../../jobs/queue.ts';
import type { Queryable } from '../../db/transaction.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { dueRounds, removeDueRows, TABLE_KINDS, type RoundKind } from './due-records.ts';
import { freezeRound } from './freeze-round.ts';
import { LAST_RUN_KEY, loadRetention, noneRemoved, saveSetting, type RetentionRun } from './retention-settings.ts';

export const RETENTION_JOB = 'retention.apply';
const SYSTEM = { userId: null, ip: null };
const OPEN_FIELDS = ['wentWell', 'toDiscuss', 'askOfPartner'] as const;

/**
 * Removes one round's raw answers (`roundAnswers`: its responses, the ids of its open answers and
 * who was invited) or only the texts of its open answers (`openAnswers`), after freezing its
 * computed results (freeze-round.ts), in one transaction with the round locked, so that two
 * processes never remove twice. Audited with counts, never contents. Returns whether it removed.
 */
async function removeRoundAnswers(deps: Pick<AppDeps, 'db'>, kind: RoundKind, roundId: string, now: Date, months: number): Promise<boolean> {
  return inTransaction(deps.db, async (tx) => {
    const round = await tx.selectFrom('rounds').select(['id', 'network_id', 'status', 'closed_at']).where('id', '=', roundId).forUpdate().executeTakeFirst();
    if (!round || round.status !== 'closed') return false;
    const removed = await tx.selectFrom('round_frozen_results').select(['answers_removed_at', 'open_answers_removed_at']).where('round_id', '=', roundId).executeTakeFirst();
    if (removed?.answers_removed_at || (kind === 'openAnswers' && removed?.open_answers_removed_at)) return false;
    await freezeRound(tx, round, now);
    let details: Record<string, unknown>;
    if (kind === 'roundAnswers') {
      const responses = await tx.deleteFrom('round_responses').where('round_id', '=', roundId).executeTakeFirst(); // round_open_answers go with them (cascade)
      const invitees = await tx.deleteFrom('round_invitees').where('round_id', '=', roundId).executeTakeFirst();
      await tx.updateTable('round_frozen_results').set({ answers_removed_at: now, open_answers_removed_at: sql`coalesce(open_answers_removed_at, ${now})` }).where('round_id', '=', roundId).execute();
      details = { months, responses: Number(responses.numDeletedRows), invitees: Number(invitees.numDeletedRows) };
    } else {
      const withoutTexts = OPEN_FIELDS.reduce((expr, field) => sql<string>`${expr} - ${field}::text`, sql<string>`answers`);
      const responses = await tx.updateTable('round_responses').set({ answers: withoutTexts }).where('round_id', '=', roundId).executeTakeFirst();
      await tx.deleteFrom('round_open_answers').where('round_id', '=', roundId).execute();
      await tx.updateTable('round_frozen_results').set({ open_answers_removed_at: now }).where('round_id', '=', roundId).execute();
      details = { months, responses: Number(responses.numUpdatedRows) };
    }
    await recordAudit(tx, SYSTEM, {
      networkId: round.network_id,
      action: kind === 'roundAnswers' ? 'round.answers_removed' : 'round.open_answers_removed',
      objectType: 'round',
      objectId: round.id,
      details,
    });
    return true;
  });
}

/**
 * Applies the installation's retention periods at the clock's now (issue 14): first the rounds
 * whose raw answers or open answers are due, one transaction per round (its results frozen, then
 * its answers removed), then each other kind in a transaction of its own, with an audit entry per
 * kind that names how many records went (never what they held). Records the run (when, how many
 * per kind) for the admin screen. Safe to run twice or in two processes at once: what is removed
 * is gone, and a round is re-checked under its lock.
 *
 * @example await applyRetention(deps) // { at: '2026-12-07T04:00:00.000Z', removed: { roundAnswers: 1, auditEvents: 120, … } }
 */
export async function applyRetention(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<RetentionRun> {
  const { db, clock } = deps;
  const now = clock.now();
  const settings = await loadRetention(db);
  const removed = noneRemoved();
  for (const kind of ['roundAnswers', 'openAnswers'] as const) {
    for (const round of await dueRounds(db, kind, settings, now)) {
      if (await removeRoundAnswers(deps, kind, round.id, now, settings[kind]!)) removed[kind] += 1;
    }
  }
  for (const kind of TABLE_KINDS) {
    removed[kind] = await inTransaction(db, async (tx) => {
      const n = await removeDueRows(tx, kind, settings[kind], now);
      if (n > 0) await recordAudit(tx, SYSTEM, { networkId: null, action: 'retention.removed', objectType: 'instance', objectId: null, details: { kind, removed: n, months: settings[kind] } });
      return n;
    });
  }
  const run: RetentionRun = { at: now.toISOString(), removed };
  await saveSetting(db, LAST_RUN_KEY, run);
  return run;
}

/** The total removed in a run, over the kinds. */
export const totalRemoved = (removed: Record<RetentionKind, number>) => Object.values(removed).reduce((a, b) => a + b, 0);

/** When the retention run of `date` (a Dutch calendar day) is due: early that morning, 03:00 UTC. */
export const retentionRunAt = (date: string) => new Date(`${date}T03:00:00Z`);

/**
 * Schedules the retention run of `date` (a Dutch calendar day) at `retentionRunAt`; the dedupe key
 * per day makes it run once even when several app processes schedule it.
 */
export async function scheduleRetention(q: Queryable, date: string, runAt?: Date): Promise<void> {
  await enqueueJob(q, { kind: RETENTION_JOB, payload: { date }, dedupeKey: `${RETENTION_JOB}:${date}`, runAt: runAt ?? retentionRunAt(date) });
}

/** The daily retention job: apply, then schedule tomorrow's run (days as the clock sees them). */
export function retentionJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [RETENTION_JOB]: async () => {
      await applyRetention(deps);
      await scheduleRetention(deps.db, addDutchDays(dutchToday(deps.clock.now()), 1));
    },
  };
}

/** At start-up: make sure today's run exists (it runs at once when its early-morning time has passed). */
export async function startRetention({ db, clock }: Pick<AppDeps, 'db' | 'clock'>): Promise<void> {
  await scheduleRetention(db, dutchToday(clock.now()));
}
