import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime, type Runtime } from '../../runtime.ts';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { responseBody } from '../../../test/helpers/round-responses.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsWithSubject } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

const JOB = { id: 'test', attempts: 1 };

describe.each(testDatabases)('reflection round jobs (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let ggzRep: TestClient;
  let wijkRep: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  // Time passes by moving this clock: jobs fall due and moments pass without sleeping.
  const clock = new TestClock();
  /** Moments relative to the app's clock, as ISO strings. */
  const fromNow = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();

  const db = () => app.runtime.deps.db;
  const round = (id: string) => db().selectFrom('rounds').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const jobsOf = (id: string) => db().selectFrom('jobs').select(['kind', 'dedupe_key', 'run_at', 'payload']).where('dedupe_key', 'like', `%${id}%`).orderBy('run_at').execute();
  const countWhere = async (table: 'notifications' | 'audit_events', value: string, title: string) => {
    if (table === 'notifications') {
      return (await db().selectFrom('notifications').select('user_id').where('kind', '=', value).where('params', '@>', JSON.stringify({ title }) as never).execute()).map((r) => r.user_id);
    }
    return (await db().selectFrom('audit_events').select('actor_id').where('action', '=', value).where('details', '@>', JSON.stringify({ title }) as never).execute()).map((r) => r.actor_id ?? 'system');
  };

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Oost');
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Oost', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Oost', 'wijkteam');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz-oost.test', role: 'representative', partnerId: ggz });
    wijkRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: 'wim@wijk-oost.test', role: 'representative', partnerId: wijkteam });
  });
  afterAll(() => app?.close());

  it('opens a draft round by itself at its planned moment, but not on a plan that was changed', async () => {
    const created = await coordinator.post(`${base}/rounds`, { title: 'Automatisch open', opensAt: fromNow(60), closesAt: fromNow(60 * 24 * 7) });
    const id = created.body.id as string;
    const [stale] = await jobsOf(id);
    expect(stale).toMatchObject({ kind: 'rounds.open' });
    await coordinator.patch(`${base}/rounds/${id}`, { baseVersion: 1, opensAt: fromNow(120) });
    await app.runtime.jobHandlers['rounds.open']!(stale!.payload as Record<string, unknown>, JOB);
    expect((await round(id)).status).toBe('draft');
    expect(await app.runtime.runJobs()).toBe(0); // nothing due yet
    clock.advance({ minutes: 121 }); // the changed plan's moment has come
    await app.runtime.runJobs();
    const opened = await round(id);
    expect(opened.status).toBe('open');
    expect((await countWhere('notifications', 'roundOpened', 'Automatisch open')).sort()).toHaveLength(2);
    expect(await countWhere('audit_events', 'round.open', 'Automatisch open')).toEqual(['system']);
    const kinds = (await jobsOf(id)).map((j) => j.kind);
    expect(kinds.filter((k) => k === 'rounds.close')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'rounds.remind')).toHaveLength(2); // halfway and one day before closing
  });

  it('closes an open round at its closing moment exactly once, with two processes polling', async () => {
    const created = await coordinator.post(`${base}/rounds`, { title: 'Automatisch dicht', opensAt: fromNow(60), closesAt: fromNow(60 * 24) });
    const id = created.body.id as string;
    await coordinator.post(`${base}/rounds/${id}/open`);
    expect((await ggzRep.post(`${base}/rounds/${id}/responses`, responseBody([wijkteam]))).status).toBe(200);
    clock.advance({ hours: 24, seconds: 1 }); // past the closing moment

    let second: Runtime | null = null;
    if (kind === 'postgres') second = await startRuntime(app.config, { serveWeb: false, clock });
    try {
      const runs = await Promise.all([app.runtime.runJobs(), (second ?? app.runtime).runJobs()]);
      expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    } finally {
      await second?.close();
    }
    const closed = await round(id);
    expect(closed.status).toBe('closed');
    expect(closed.version).toBe(3);
    expect(closed.low_response).toBe(true); // 1 of 2 and fewer than k: marked without asking anyone
    expect(await countWhere('audit_events', 'round.close', 'Automatisch dicht')).toEqual(['system']);
    const admin = await db().selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    expect(await countWhere('notifications', 'roundClosed', 'Automatisch dicht')).toEqual([admin.id]);
    const mail = await mailItemsWithSubject(app, 'Reflectieronde gesloten: Automatisch dicht');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain('1 van de 2 genodigden');
    // Closing queued the computation of the results, so the first reader finds them cached.
    await app.runtime.runJobs();
    const cached = await db().selectFrom('round_results_cache').select('round_id').where('round_id', '=', id).execute();
    expect(cached).toEqual([{ round_id: id }]);
    // Running the handler again (a retry) changes nothing.
    await app.runtime.jobHandlers['rounds.close']!({ roundId: id, networkId }, JOB);
    expect(await countWhere('audit_events', 'round.close', 'Automatisch dicht')).toHaveLength(1);
  });

  it('does not close a round by job before its moment, nor one the coordinator already closed', async () => {
    const created = await coordinator.post(`${base}/rounds`, { title: 'Nog niet dicht', opensAt: fromNow(60), closesAt: fromNow(60 * 24) });
    const id = created.body.id as string;
    await coordinator.post(`${base}/rounds/${id}/open`);
    await expect(app.runtime.jobHandlers['rounds.close']!({ roundId: id, networkId }, JOB)).rejects.toThrow();
    expect((await round(id)).status).toBe('open');
    await coordinator.post(`${base}/rounds/${id}/close`, { confirmLowResponse: true });
    clock.advance({ hours: 24, seconds: 1 }); // its closing moment passes too
    await app.runtime.jobHandlers['rounds.close']!({ roundId: id, networkId }, JOB);
    expect(await countWhere('audit_events', 'round.close', 'Nog niet dicht')).toHaveLength(1);
  });

  it('reminds invitees who have not responded, once per reminder moment', async () => {
    const created = await coordinator.post(`${base}/rounds`, { title: 'Herinneren', opensAt: fromNow(60), closesAt: fromNow(60 * 24 * 14) });
    const id = created.body.id as string;
    await coordinator.post(`${base}/rounds/${id}/open`);
    await ggzRep.post(`${base}/rounds/${id}/responses`, responseBody([wijkteam]));
    const [halfway, dayBefore] = (await jobsOf(id)).filter((j) => j.kind === 'rounds.remind');
    const wim = await db().selectFrom('users').select('id').where('email', '=', 'wim@wijk-oost.test').executeTakeFirstOrThrow();
    const halfwayPayload = halfway!.payload as Record<string, unknown>;

    clock.set(new Date(String(halfwayPayload.moment)));
    clock.advance({ minutes: 1 });
    await app.runtime.jobHandlers['rounds.remind']!(halfwayPayload, JOB);
    expect(await countWhere('notifications', 'roundReminder', 'Herinneren')).toEqual([wim.id]);
    await Promise.all([app.runtime.jobHandlers['rounds.remind']!(halfwayPayload, JOB), app.runtime.jobHandlers['rounds.remind']!(halfwayPayload, JOB)]);
    expect(await countWhere('notifications', 'roundReminder', 'Herinneren')).toHaveLength(1);
    const remindedAt = await db().selectFrom('round_invitees').select(['user_id', 'reminded_at']).where('round_id', '=', id).execute();
    expect(remindedAt.find((r) => r.user_id === wim.id)!.reminded_at).not.toBeNull();
    expect(remindedAt.find((r) => r.user_id !== wim.id)!.reminded_at).toBeNull();

    const dayBeforePayload = dayBefore!.payload as Record<string, unknown>;
    clock.set(new Date(String(dayBeforePayload.moment)));
    clock.advance({ seconds: 1 });
    await app.runtime.jobHandlers['rounds.remind']!(dayBeforePayload, JOB);
    expect(await countWhere('notifications', 'roundReminder', 'Herinneren')).toEqual([wim.id, wim.id]);
    const mails = await mailItemsWithSubject(app, 'Herinnering: reflectieronde Herinneren');
    expect(mails.map((m) => m.to)).toEqual(['wim@wijk-oost.test', 'wim@wijk-oost.test']);

    await wijkRep.post(`${base}/rounds/${id}/responses`, responseBody([ggz]));
    await app.runtime.jobHandlers['rounds.remind']!({ ...dayBeforePayload, moment: clock.now().toISOString() }, JOB);
    expect(await countWhere('notifications', 'roundReminder', 'Herinneren')).toHaveLength(2);
    expect((await coordinator.post(`${base}/rounds/${id}/close`, { confirmLowResponse: true })).status).toBe(200);
  });
});
