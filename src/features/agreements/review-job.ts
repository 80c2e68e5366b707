import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { enqueueJob, type JobHandlers } from '../../jobs/queue.ts';
import { coordinatorsOf } from '../notifications/notify.ts';
import { isReviewOverdue, todayInNetherlands } from './agreement-view.ts';
import { announce } from './announce.ts';

export const REVIEW_JOB = 'agreements.review';

/** The calendar day after `date` ('YYYY-MM-DD'). */
function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Schedules the daily review run of `date` (default today), early that morning; the dedupe key per
 * day makes it run once even when several app processes schedule it at start-up.
 */
export async function scheduleAgreementReview(q: Queryable, date: string = todayInNetherlands(), runAt?: Date): Promise<void> {
  await enqueueJob(q, { kind: REVIEW_JOB, payload: { date }, dedupeKey: `${REVIEW_JOB}:${date}`, runAt: runAt ?? new Date(`${date}T05:00:00Z`) });
}

/**
 * Reminds the coordinators of every agreement in force whose review date has passed, once per
 * agreement per review period: `review_reminded_on` records the day of the reminder (always after
 * the review date it was about), and a later review date opens a new period. Returns the ids of the agreements it reminded about.
 */
export async function remindOverdueReviews(deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>, today: string = todayInNetherlands()): Promise<string[]> {
  const due = await deps.db
    .selectFrom('agreements')
    .select('id')
    .where('ended_at', 'is', null)
    .where('version_in_force', 'is not', null)
    .where('review_on', '<', today)
    .where((eb) => eb.or([eb('review_reminded_on', 'is', null), eb('review_reminded_on', '<=', eb.ref('review_on'))]))
    .orderBy('review_on')
    .execute();
  const reminded: string[] = [];
  for (const { id } of due) {
    const done = await inTransaction(deps.db, async (tx) => {
      const row = await tx.selectFrom('agreements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      // Re-checked under the lock: another process may have reminded, or someone set a new date.
      if (!row || !isReviewOverdue(row, today) || (row.review_reminded_on !== null && row.review_reminded_on > row.review_on!)) return false;
      await tx.updateTable('agreements').set({ review_reminded_on: today }).where('id', '=', id).execute();
      await announce(
        tx,
        deps,
        { userId: null, ip: null },
        row,
        { kind: 'agreementReviewDue', reviewOn: row.review_on! },
        { action: 'agreement.review_overdue', details: { reviewOn: row.review_on, remindedOn: today } },
        await coordinatorsOf(tx, row.network_id),
      );
      return true;
    });
    if (done) reminded.push(id);
  }
  return reminded;
}

/** The daily review job: remind, then schedule tomorrow's run. */
export function agreementJobHandlers(deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>): JobHandlers {
  return {
    [REVIEW_JOB]: async () => {
      const today = todayInNetherlands();
      await remindOverdueReviews(deps, today);
      await scheduleAgreementReview(deps.db, nextDay(today));
    },
  };
}

/** At start-up: make sure today's run exists (it runs at once when its morning time has passed). */
export async function startAgreementReviews(db: Kysely<DB>): Promise<void> {
  await scheduleAgreementReview(db);
}
