import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../test/helpers/clock.ts';
import { testDatabases } from '../../test/helpers/databases.ts';
import { startTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { enqueueJob, runDueJobs } from './queue.ts';

describe.each(testDatabases)('durable jobs (%s)', (kind) => {
  let app: TestApp;
  const clock = new TestClock('2026-11-23T08:00:00Z');
  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
  });
  afterAll(() => app?.close());
  const db = () => app.runtime.deps.db;

  it('runs a due job once and skips a job that is not due yet', async () => {
    const seen: unknown[] = [];
    await enqueueJob(db(), { kind: 'test.once', payload: { n: 1 }, runAt: clock.now() });
    await enqueueJob(db(), { kind: 'test.once', payload: { n: 2 }, runAt: new Date(clock.now().getTime() + 60_000) });
    const handlers = { 'test.once': async (p: Record<string, unknown>) => void seen.push(p.n) };
    expect(await runDueJobs(db(), handlers, { clock })).toBe(1);
    expect(await runDueJobs(db(), handlers, { clock })).toBe(0);
    expect(seen).toEqual([1]);
    clock.advance({ minutes: 1 });
    expect(await runDueJobs(db(), handlers, { clock })).toBe(1);
    expect(seen).toEqual([1, 2]);
  });

  it('adds a job with a known dedupe key only once', async () => {
    await enqueueJob(db(), { kind: 'test.dedupe', dedupeKey: 'review:2026-11-23', runAt: clock.now() });
    await enqueueJob(db(), { kind: 'test.dedupe', dedupeKey: 'review:2026-11-23', runAt: clock.now() });
    const rows = await db().selectFrom('jobs').select('id').where('kind', '=', 'test.dedupe').execute();
    expect(rows).toHaveLength(1);
  });

  it('retries a failing job with backoff and marks it failed after its last attempt', async () => {
    await enqueueJob(db(), { kind: 'test.fail', maxAttempts: 2, runAt: clock.now() });
    const handlers = { 'test.fail': async () => { throw new Error('boom'); } };
    expect(await runDueJobs(db(), handlers, { clock })).toBe(1);
    let job = await db().selectFrom('jobs').selectAll().where('kind', '=', 'test.fail').executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'boom' });
    expect(await runDueJobs(db(), handlers, { clock })).toBe(0); // backing off
    clock.advance({ seconds: 10 });
    expect(await runDueJobs(db(), handlers, { clock })).toBe(1);
    job = await db().selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('takes over a job whose worker died once its lease has run out', async () => {
    await enqueueJob(db(), { kind: 'test.lease', runAt: clock.now() });
    await db()
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'dead-worker', locked_until: new Date(clock.now().getTime() + 120_000) })
      .where('kind', '=', 'test.lease')
      .execute();
    let ran = 0;
    expect(await runDueJobs(db(), { 'test.lease': async () => void ran++ }, { clock })).toBe(0); // its lease still holds
    clock.advance({ minutes: 2, seconds: 1 });
    expect(await runDueJobs(db(), { 'test.lease': async () => void ran++ }, { clock })).toBe(1);
    expect(ran).toBe(1);
    const job = await db().selectFrom('jobs').selectAll().where('kind', '=', 'test.lease').executeTakeFirstOrThrow();
    expect(job.status).toBe('done');
  });
});
