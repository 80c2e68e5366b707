import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Queryable } from '../db/transaction.ts';

/** Where the queue takes the time from (the app's injected clock, see deps.ts). */
export interface QueueClock {
  now(): Date;
}

export type JobHandler = (payload: Record<string, unknown>, job: { id: string; attempts: number }) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/**
 * Puts a durable job in the database, in the caller's transaction when given one, to run at
 * `runAt` (pass the clock's now for "as soon as possible"). A job with a `dedupeKey` that already
 * exists is not added again (a daily reminder, say).
 */
export async function enqueueJob(q: Queryable, job: NewJob): Promise<void> {
  await enqueueJobs(q, [job]);
}

/** A job to schedule: what it is, its input, when it may run, and a key that makes it once only. */
export interface NewJob {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  dedupeKey?: string;
  networkId?: string | null;
  maxAttempts?: number;
}

/** Schedules many jobs with one statement, as `enqueueJob` does one. */
export async function enqueueJobs(q: Queryable, jobs: NewJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await q
    .insertInto('jobs')
    .values(
      jobs.map((job) => ({
        id: randomUUID(),
        network_id: job.networkId ?? null,
        kind: job.kind,
        payload: JSON.stringify(job.payload ?? {}),
        dedupe_key: job.dedupeKey ?? null,
        status: 'pending' as const,
        run_at: job.runAt,
        max_attempts: job.maxAttempts ?? 5,
      })),
    )
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

const LEASE_SECONDS = 120;

/**
 * Claims up to `limit` due jobs for this worker. `FOR UPDATE SKIP LOCKED` lets several app
 * processes poll the same table without ever running a job twice; a job whose worker died is
 * picked up again once its lease has run out.
 */
async function claimDueJobs(db: Kysely<DB>, workerId: string, kinds: string[], limit: number, now: Date) {
  return db.transaction().execute(async (tx) => {
    const due = await tx
      .selectFrom('jobs')
      .select('id')
      .where('kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
        ]),
      )
      .orderBy('run_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return tx
      .updateTable('jobs')
      .set({
        status: 'running',
        locked_by: workerId,
        locked_until: new Date(now.getTime() + LEASE_SECONDS * 1000),
        attempts: sql<number>`attempts + 1`,
      })
      .where('id', 'in', due.map((d) => d.id))
      .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
      .execute();
  });
}

/**
 * Runs every job due at the clock's now once (claimed, executed, marked); returns how many ran.
 *
 * @example await runDueJobs(db, handlers, { clock: deps.clock });
 */
export async function runDueJobs(db: Kysely<DB>, handlers: JobHandlers, options: { clock: QueueClock; workerId?: string; limit?: number }): Promise<number> {
  const { clock, workerId = randomUUID(), limit = 20 } = options;
  const jobs = await claimDueJobs(db, workerId, Object.keys(handlers), limit, clock.now());
  for (const job of jobs) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job.payload, { id: job.id, attempts: job.attempts });
      await db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: clock.now(), locked_until: null, last_error: null })
        .where('id', '=', job.id)
        .where('locked_by', '=', workerId)
        .execute();
    } catch (err) {
      const failed = job.attempts >= job.max_attempts;
      const backoffSeconds = Math.min(3600, 5 * 2 ** job.attempts);
      await db
        .updateTable('jobs')
        .set({
          status: failed ? 'failed' : 'pending',
          run_at: new Date(clock.now().getTime() + backoffSeconds * 1000),
          locked_until: null,
          last_error: String(err instanceof Error ? err.message : err).slice(0, 2000),
          finished_at: failed ? clock.now() : null,
        })
        .where('id', '=', job.id)
        .where('locked_by', '=', workerId)
        .execute();
    }
  }
  return jobs.length;
}

/** Polls for due jobs until stopped. */
export function startJobWorker(db: Kysely<DB>, handlers: JobHandlers, clock: QueueClock, intervalMs = 1000): { stop(): Promise<void> } {
  const workerId = randomUUID();
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    running = runDueJobs(db, handlers, { clock, workerId })
      .catch((err) => console.error('job worker:', err))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
