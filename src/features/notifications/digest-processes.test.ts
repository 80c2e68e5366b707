import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.ts';
import { inTransaction } from '../../db/transaction.ts';
import { startRuntime, type Runtime } from '../../runtime.ts';
import { TestClock } from '../../../test/helpers/clock.ts';
import { freshDatabase, type FreshDatabase } from '../../../test/helpers/databases.ts';
import { sendDigests } from './mail-delivery.ts';
import { notify } from './notify.ts';

/** Two app processes' runtimes on one PostgreSQL database, both sending the same morning's digests. */
describe.skipIf(!process.env.TEST_DATABASE_URL)('digests with two app processes on PostgreSQL', () => {
  const clock = new TestClock('2026-12-07T09:00:00Z');
  let database: FreshDatabase;
  let a: Runtime;
  let b: Runtime;
  const people: string[] = [];

  beforeAll(async () => {
    database = await freshDatabase('postgres', { migrated: true });
    const config = { ...readConfig({}), databaseUrl: database.databaseUrl, publicUrl: 'http://localhost:3000', runJobs: false };
    [a, b] = await Promise.all([startRuntime(config, { serveWeb: false, clock }), startRuntime(config, { serveWeb: false, clock })]);
    const db = a.deps.db;
    const owner = randomUUID();
    await db.insertInto('users').values({ id: owner, name: 'Eigenaar', email: 'eigenaar@example.test', email_verified: true, image: null, created_at: clock.now(), updated_at: clock.now() }).execute();
    const networkId = randomUUID();
    await db.insertInto('networks').values({ id: networkId, name: 'Twee processen', description: '', anonymity_k: 5, created_by: owner, updated_at: clock.now(), version: 1 }).execute();
    for (let i = 0; i < 30; i++) {
      const id = randomUUID();
      await db.insertInto('users').values({ id, name: `Persoon ${i}`, email: `persoon${i}@example.test`, email_verified: true, image: null, created_at: clock.now(), updated_at: clock.now() }).execute();
      people.push(id);
    }
    for (const title of ['Eerste', 'Tweede']) {
      await inTransaction(db, (tx) =>
        notify(tx, a.deps, networkId, people, {
          kind: 'goalShared',
          params: { title },
          link: `/networks/${networkId}/goals`,
          mail: () => ({ subject: `Doel gedeeld: ${title}`, lines: [`Het doel ${title} is gedeeld.`], action: 'Bekijk de doelen' }),
        }),
      );
    }
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('sends each person one digest, however the two processes race', async () => {
    clock.set('2026-12-08T06:30:00Z');
    const at = clock.now();
    const [jobsA, jobsB, directA, directB] = await Promise.all([a.runJobs(), b.runJobs(), sendDigests(a.deps, { cadence: 'daily', at }), sendDigests(b.deps, { cadence: 'daily', at })]);
    expect(jobsA + jobsB).toBe(1); // the one digest job ran in one process only
    expect(directA + directB).toBeLessThanOrEqual(30);
    const mails = await a.deps.db.selectFrom('mail_messages').select(['to_address', 'body_text']).execute();
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.to_address)).size).toBe(30);
    for (const m of mails) expect(m.body_text).toMatch(/Eerste[\s\S]*Tweede/);
    expect(await a.deps.db.selectFrom('notification_digests').select('id').execute()).toHaveLength(30);
    expect(await sendDigests(b.deps, { cadence: 'daily', at })).toBe(0);
  });
});
