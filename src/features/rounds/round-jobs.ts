import { sql } from 'kysely';
import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { JobHandlers } from '../../jobs/queue.ts';
import { notify } from '../notifications/notify.ts';
import { roundReminderMail } from './round-mails.ts';
import { closeLockedRound, CLOSE_JOB, closingFile, openLockedRound, OPEN_JOB, questionnairePath, REMIND_JOB } from './round-lifecycle.ts';

const SYSTEM = { userId: null, ip: null };

/**
 * The durable jobs of reflection rounds, registered in runtime.ts. Each one locks its round and
 * checks that it still applies, so a job that runs late, twice or after a manual action does
 * nothing wrong: opening at the planned moment (only a draft whose plan did not change),
 * closing at the closing moment, and reminding invitees who have not responded. "Now" is the
 * clock's when the job runs.
 */
export function roundJobHandlers(deps: AppDeps): JobHandlers {
  const { db, clock } = deps;
  return {
    [OPEN_JOB]: async (payload) => {
      await inTransaction(db, async (tx) => {
        const round = await tx.selectFrom('rounds').selectAll().where('id', '=', String(payload.roundId)).forUpdate().executeTakeFirst();
        if (!round || round.status !== 'draft' || round.opens_at.toISOString() !== payload.opensAt) return;
        const now = clock.now();
        if (round.closes_at.getTime() <= now.getTime()) return; // the whole round passed unopened: leave it for the coordinator
        await openLockedRound(tx, deps, { actor: SYSTEM, round, now });
      });
    },
    [CLOSE_JOB]: async (payload) => {
      await inTransaction(db, async (tx) => {
        const round = await tx.selectFrom('rounds').selectAll().where('id', '=', String(payload.roundId)).forUpdate().executeTakeFirst();
        if (!round || round.status !== 'open') return;
        const now = clock.now();
        if (round.closes_at.getTime() > now.getTime()) throw new Error('The round does not close yet'); // retried later
        await closeLockedRound(tx, deps, { actor: SYSTEM, round, now });
      });
    },
    [REMIND_JOB]: async (payload) => {
      const moment = new Date(String(payload.moment));
      await inTransaction(db, async (tx) => {
        const round = await tx.selectFrom('rounds').selectAll().where('id', '=', String(payload.roundId)).forShare().executeTakeFirst();
        const now = clock.now();
        if (!round || round.status !== 'open' || round.closes_at.getTime() <= now.getTime()) return;
        // Claiming by update makes each reminder moment reach each person at most once.
        const due = await tx
          .updateTable('round_invitees')
          .set({ reminded_at: now })
          .where('round_id', '=', round.id)
          .where((eb) => eb.or([eb('reminded_at', 'is', null), eb('reminded_at', '<', moment)]))
          .where((eb) =>
            eb.not(
              eb.exists(
                eb
                  .selectFrom('round_responses as r')
                  .select(sql`1`.as('one'))
                  .whereRef('r.round_id', '=', 'round_invitees.round_id')
                  .whereRef('r.respondent_id', '=', 'round_invitees.user_id')
                  .where('r.submitted_at', 'is not', null),
              ),
            ),
          )
          .returning('user_id')
          .execute();
        if (due.length === 0) return;
        const network = await tx.selectFrom('networks').select('name').where('id', '=', round.network_id).executeTakeFirstOrThrow();
        const link = questionnairePath(round.network_id, round.id);
        await notify(
          tx,
          deps,
          round.network_id,
          due.map((d) => d.user_id),
          {
            kind: 'roundReminder',
            params: { title: round.title, closesAt: round.closes_at.toISOString() },
            link,
            mail: (language) => roundReminderMail({ networkName: network.name, title: round.title, closesAt: round.closes_at }, language),
            // The same closing-moment file as the opening mail's: it updates that event, never adds one.
            attachment: closingFile(round, deps.config.publicUrl),
          },
        );
      });
    },
  };
}
