import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { readConfig } from '../src/config.ts';
import type { DB } from '../src/db/schema.ts';
import { nextDigestMoment } from '../src/domain/notification-preferences.ts';
import { sendDigests } from '../src/features/notifications/mail-delivery.ts';
import { DIGEST_JOB } from '../src/features/notifications/mail-jobs.ts';
import { enqueueJob } from '../src/jobs/queue.ts';
import { startRuntime } from '../src/runtime.ts';
import { TestClock } from '../test/helpers/clock.ts';
import type { BenchResult } from './report.ts';
import { freshPostgres, insertInChunks } from './bench-database.ts';

const PEOPLE = 2_000;
const NETWORKS = 50;
const EVENTS = 20_000;
/** One person in twenty chose a weekly digest: their items wait for Monday and get no daily mail. */
const weekly = (person: number) => person % 20 === 19;

/** The evening before the digest: every event below happened during this day. */
const EVENING = '2026-12-07T17:00:00Z';

/**
 * 2,000 people in 50 networks of 40, and 20,000 pending events in the mail queue: ten per
 * person, spread over the day before, from their own network; the weekly people's wait for Monday.
 */
async function seedDigests(db: Kysely<DB>) {
  const created = new Date(EVENING);
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: randomUUID(),
    name: `Persoon ${i + 1}`,
    email: `persoon${i + 1}@bench.test`,
    email_verified: true,
    image: null,
    created_at: created,
    updated_at: created,
  }));
  await insertInChunks(people, (chunk) => db.insertInto('users').values(chunk).execute());
  const networks = Array.from({ length: NETWORKS }, (_, i) => ({ id: randomUUID(), name: `Netwerk ${i + 1}`, description: '', anonymity_k: 5, created_by: people[0]!.id, updated_at: created, version: 1 }));
  await insertInChunks(networks, (chunk) => db.insertInto('networks').values(chunk).execute());
  const networkOf = (person: number) => networks[person % NETWORKS]!.id;
  await insertInChunks(
    people.map((p, i) => ({ id: randomUUID(), network_id: networkOf(i), user_id: p.id, role: i < NETWORKS ? ('coordinator' as const) : ('member' as const), partner_id: null })),
    (chunk) => db.insertInto('network_members').values(chunk).execute(),
  );
  const items = Array.from({ length: EVENTS }, (_, e) => {
    const person = e % PEOPLE;
    const networkId = networkOf(person);
    return {
      id: randomUUID(),
      user_id: people[person]!.id,
      network_id: networkId,
      topic: 'information',
      kind: 'goalShared',
      about: `/networks/${networkId}/goals/${e % 400}`,
      delivery: weekly(person) ? ('weekly' as const) : ('daily' as const),
      language: person % 7 === 0 ? ('en' as const) : ('nl' as const),
      subject: `Doel gedeeld: doel ${e % 400}`,
      lines: JSON.stringify([`Het doel ${e % 400} is gedeeld in het samenwerkingsverband.`]),
      action: 'Bekijk de doelen',
      url: `http://localhost:3000/networks/${networkId}/goals`,
      created_at: new Date(created.getTime() - (e % 600) * 60_000),
    };
  });
  await insertInChunks(items, (chunk) => db.insertInto('notification_mail_items').values(chunk).execute());
  await sql`analyze`.execute(db);
  return people.filter((_, i) => !weekly(i)).map((p) => p.email);
}

/**
 * Issue 12's digest target on PostgreSQL: the daily digest job for 2,000 people in 50 networks with
 * 20,000 pending events runs once in < 10 s, sends one mail per person with pending daily items
 * (none to who chose weekly), and a second run sends none.
 */
export async function benchDigest(): Promise<BenchResult[]> {
  const database = await freshPostgres();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketenregie-bench-digest-'));
  const clock = new TestClock(EVENING);
  const runtime = await startRuntime({ ...readConfig({}), databaseUrl: database.url, dataDir, publicUrl: 'http://localhost:3000', runJobs: false }, { serveWeb: false, clock });
  try {
    const { db } = runtime.deps;
    const expected = await seedDigests(db);
    const at = nextDigestMoment('daily', clock.now());
    await enqueueJob(db, { kind: DIGEST_JOB, payload: { cadence: 'daily', at: at.toISOString() }, runAt: at, dedupeKey: `${DIGEST_JOB}:daily:${at.toISOString()}` });
    clock.set(at);
    console.log(`  (${PEOPLE.toLocaleString('en')} people in ${NETWORKS} networks, ${EVENTS.toLocaleString('en')} pending events; the digest of ${at.toISOString()})`);

    const started = performance.now();
    const jobs = await runtime.runJobs();
    const ms = performance.now() - started;
    if (jobs !== 1) throw new Error(`expected the one digest job to run, ran ${jobs}`);

    const mails = await db.selectFrom('mail_messages').select('to_address').execute();
    const addresses = new Set(mails.map((m) => m.to_address));
    if (mails.length !== expected.length || addresses.size !== expected.length || expected.some((e) => !addresses.has(e))) {
      throw new Error(`expected one mail to each of ${expected.length} people, got ${mails.length} mails to ${addresses.size} addresses`);
    }
    const pendingDaily = await db.selectFrom('notification_mail_items').select((eb) => eb.fn.countAll<string>().as('n')).where('delivery', '=', 'daily').where('mailed_at', 'is', null).executeTakeFirstOrThrow();
    if (Number(pendingDaily.n) !== 0) throw new Error(`${pendingDaily.n} daily items were left unsent`);

    const secondStarted = performance.now();
    const again = await sendDigests(runtime.deps, { cadence: 'daily', at });
    const secondMs = performance.now() - secondStarted;
    const mailsAfter = await db.selectFrom('mail_messages').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    if (again !== 0 || Number(mailsAfter.n) !== expected.length) throw new Error(`the second run sent ${again} digests (${mailsAfter.n} mails in all)`);

    return [
      { name: 'Daily digest job, once (PostgreSQL)', value: ms / 1000, unit: 's', target: 10 },
      { name: 'Mails sent (one per person with daily items)', value: mails.length, unit: 'mails' },
      { name: 'Second run of the same digest', value: again, unit: 'mails' },
      { name: 'Second run, time', value: secondMs, unit: 'ms' },
    ];
  } finally {
    await runtime.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
