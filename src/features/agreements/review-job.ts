import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { addDutchDays, dutchToday } from '../../domain/calendar.ts';
import { enqueueJob, type JobHandlers } from '../../jobs/queue.ts';
import { coordinatorsOf } from '../notifications/notify.ts';
import { isReviewOverdue } from './agreement-view.ts';
import { announce } from './announce.ts';

export const REVIEW_JOB = 'agreements.review';

/**
 * Schedules the daily review run of `date` (a Dutch calendar day), early that morning; the dedupe
 * key per day makes it run once even when several app processes schedule it at start-up.
 */
export async function scheduleAgreementReview(q: Queryable, date: string, runAt?: Date): Promise<void> {
  await enqueueJob(q, { kind: REVIEW_JOB, payload: { date }, dedupeKey: `${REVIEW_JOB}:${date}`, runAt: runAt ?? new Date(`${date}T05:00:00Z`) });
}

/**
 * Reminds the coordinators of every agreement in force whose review date has passed, once per
 * agreement per review period: `review_reminded_on` records the day of the reminder (always after
 * the review date it was about), and a later review date opens a new period. `today` is the Dutch
 * calendar day of the clock's now unless given. Returns the ids of the agreements it reminded about.
 *
 * @example await remindOverdueReviews(deps); // on the clock's day
 */
export async function remindOverdueReviews(deps: Pick<AppDeps, 'db' | 'mailer' | 'config' | 'clock' | 'unsubscribeKey'>, { today = dutchToday(deps.clock.now()) }: { today?: string } = {}): Promise<string[]> {
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
      await announce(tx, deps, {
        actor: { userId: null, ip: null },
        agreement: row,
        event: { kind: 'agreementReviewDue', reviewOn: row.review_on! },
        audit: { action: 'agreement.review_overdue', details: { reviewOn: row.review_on, remindedOn: today } },
        recipients: await coordinatorsOf(tx, row.network_id),
      });
      return true;
    });
    if (done) reminded.push(id);
  }
  return reminded;
}

/** The daily review job: remind, then schedule tomorrow's run (days as the clock sees them). */
export function agreementJobHandlers(deps: AppDeps): JobHandlers {
  return {
    [REVIEW_JOB]: async () => {
      const today = dutchToday(deps.clock.now());
      await remindOverdueReviews(deps, { today });
      await scheduleAgreementReview(deps.db, addDutchDays(today, 1));
    },
  };
}

/** At start-up: make sure today's run exists (it runs at once when its morning time has passed). */
export async function startAgreementReviews({ db, clock }: Pick<AppDeps, 'db' | 'clock'>): Promise<void> {
  await scheduleAgreementReview(db, dutchToday(clock.now()));
}
