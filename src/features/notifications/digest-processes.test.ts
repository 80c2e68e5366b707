import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../config.ts';
import { startRuntime, type Runtime } from '../../runtime.ts';
import { TestClock } from '../../../test/helpers/clock.ts';
import { freshDatabase, type FreshDatabase } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { PUBLIC_URL, TestClient, type TestApp } from '../../../test/helpers/test-app.ts';
import { sendDigests } from './mail-delivery.ts';

const PEOPLE = 12;

/**
 * Two app processes' runtimes on one PostgreSQL database, both sending the same morning's digests.
 * The events are real: people invited through the API, with the default preferences, are put on
 * two sessions the coordinator plans through process A; a planned session is information, so it
 * waits for the daily digest of 07:30 Amsterdam time.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('digests with two app processes on PostgreSQL', () => {
  // Monday 7 December 2026, 10:00 in Amsterdam.
  const clock = new TestClock('2026-12-07T09:00:00Z');
  let database: FreshDatabase;
  let a: Runtime;
  let b: Runtime;
  const emails: string[] = [];

  const mailsOf = (runtime: Runtime) => runtime.deps.db.selectFrom('mail_messages').select(['to_address', 'subject', 'body_text', 'attachments']).where('list_unsubscribe', 'is not', null).execute();

  beforeAll(async () => {
    database = await freshDatabase('postgres', { migrated: true });
    const config: Config = { ...readConfig({}), databaseUrl: database.databaseUrl, publicUrl: PUBLIC_URL, runJobs: false, signInLimitPerMinute: 1000 };
    [a, b] = await Promise.all([startRuntime(config, { serveWeb: false, clock }), startRuntime(config, { serveWeb: false, clock })]);
    const appA: TestApp = { runtime: a, config, client: () => new TestClient(a), close: () => a.close() };
    const coordinator = await setUpAdmin(appA);
    const networkId = await createNetwork(coordinator, 'Twee processen');
    const partnerId = await addPartner(appA, networkId, 'Wijkteam Oost', 'wijkteam');
    const participantIds: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const email = `persoon${i}@example.test`;
      const person = await invitePerson(appA, coordinator, networkId, { name: `Persoon ${i}`, email, role: 'member', partnerId });
      participantIds.push((await person.get('/api/me')).body.user.id);
      emails.push(email);
    }
    for (const [title, heldOn] of [
      ['Eerste werkoverleg', '2026-12-15'],
      ['Tweede werkoverleg', '2027-01-12'],
    ]) {
      expect((await coordinator.post(`/api/networks/${networkId}/sessions`, { title, heldOn, participantIds })).status).toBe(201);
    }
    // Both processes deliver what is due now: nothing about the sessions goes out before the digest.
    clock.advance({ minutes: 15 });
    await Promise.all([a.runJobs(), b.runJobs()]);
    expect(await mailsOf(a)).toEqual([]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('sends each person one digest with both sessions, however the two processes race', async () => {
    clock.set('2026-12-08T06:30:00Z');
    const at = clock.now();
    const [jobsA, jobsB, directA, directB] = await Promise.all([a.runJobs(), b.runJobs(), sendDigests(a.deps, { cadence: 'daily', at }), sendDigests(b.deps, { cadence: 'daily', at })]);
    expect(jobsA + jobsB).toBe(1); // the one digest job ran in one process only
    expect(directA + directB).toBeLessThanOrEqual(PEOPLE);
    const mails = await mailsOf(a);
    expect(mails.map((m) => m.to_address).sort()).toEqual([...emails].sort());
    for (const m of mails) {
      expect(m.subject).toMatch(/^Ketenregie: uw dagoverzicht/);
      expect(m.body_text).toMatch(/Eerste werkoverleg[\s\S]*Tweede werkoverleg|Tweede werkoverleg[\s\S]*Eerste werkoverleg/);
      // Each session's calendar file rides along with the digest.
      expect((m.attachments ?? []).map((f) => f.filename).sort()).toEqual(['overleg-eerste-werkoverleg.ics', 'overleg-tweede-werkoverleg.ics']);
    }
    expect(await a.deps.db.selectFrom('notification_digests').select('id').execute()).toHaveLength(PEOPLE);
    expect(await sendDigests(b.deps, { cadence: 'daily', at })).toBe(0);
    await Promise.all([a.runJobs(), b.runJobs()]);
    expect(await mailsOf(b)).toHaveLength(PEOPLE);
  });
});
