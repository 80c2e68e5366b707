import type { Config } from './config.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createApp } from './app.ts';
import { createAuth } from './auth/auth.ts';
import { systemClock, type AppDeps, type Clock } from './deps.ts';
import { runDueJobs, startJobWorker, type JobHandlers } from './jobs/queue.ts';
import { createMailer } from './mail/mailer.ts';
import { unsubscribeKey } from './mail/unsubscribe-token.ts';
import { agreementJobHandlers, startAgreementReviews } from './features/agreements/review-job.ts';
import { resultsJobHandlers } from './features/results/precompute-results.ts';
import { retentionJobHandlers, startRetention } from './features/retention/apply-retention.ts';
import { roundJobHandlers } from './features/rounds/round-jobs.ts';
import { notificationJobHandlers } from './features/notifications/mail-delivery.ts';
import { sessionSecret } from './secrets.ts';
import { VERSION } from './version.ts';

export interface Runtime {
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  jobHandlers: JobHandlers;
  /** Runs every due job now (tests and the CLI use this instead of the poller). */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Opens the database, brings its schema up to date and wires the app together. One call per
 * process; `close` stops the workers and closes the database cleanly.
 */
export async function startRuntime(config: Config, options: { serveWeb?: boolean; clock?: Clock; oidcFetch?: typeof fetch } = {}): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
  try {
    await migrateToLatest(database.db);
    const secret = await sessionSecret(database.db, config.sessionSecret);
    const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, clock });
    const auth = createAuth({ db: database.db, config, secret, mailer });
    const deps: AppDeps = { db: database.db, dbKind: database.kind, config, auth, mailer, clock, version: VERSION, unsubscribeKey: unsubscribeKey(secret), ...(options.oidcFetch ? { oidcFetch: options.oidcFetch } : {}) };
    const jobHandlers: JobHandlers = { ...mailer.jobHandlers(database.db), ...agreementJobHandlers(deps), ...roundJobHandlers(deps), ...resultsJobHandlers(deps), ...notificationJobHandlers(deps), ...retentionJobHandlers(deps) };
    if (config.runJobs) {
      await startAgreementReviews(deps);
      await startRetention(deps);
    }
    const worker = config.runJobs ? startJobWorker(database.db, jobHandlers, clock) : null;
    return {
      deps,
      app: createApp(deps, options),
      jobHandlers,
      runJobs: () => runDueJobs(database.db, jobHandlers, { clock }),
      async close() {
        await worker?.stop();
        mailer.close();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
