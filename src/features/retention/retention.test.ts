import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { dutchToday } from '../../domain/calendar.ts';
import { scheduleRetention } from './apply-retention.ts';

const NOW = '2026-12-07T10:00:00Z';
const monthsAgo = (months: number) => {
  const d = new Date(NOW);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

type Role = 'coordinator' | 'repA' | 'memberB' | 'observer';
const ROLES: Role[] = ['coordinator', 'repA', 'memberB', 'observer'];

/**
 * Retention of issue 14 through the API and the daily job. Three closed rounds of one network in
 * `organisation` mode, k = 3: the first closed 30 months ago (its raw answers are due under the
 * default of 24 months), the others 14 and 2 months ago. Network trust falls 75 → 50 → 25 over the
 * three, a downward spiral that starts in the round whose answers go. Partner A has one respondent
 * (A→B is shown to the coordinator, A and B only), so the roles see different things.
 */
describe.each(testDatabases)('retention (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  const clock = new TestClock(NOW);
  const world = {} as { networkId: string; base: string; rounds: string[]; p: Record<'A' | 'B' | 'C', string>; clients: Record<Role, TestClient>; respondents: string[] };
  const db = () => app.runtime.deps.db;

  afterAll(() => app?.close());
  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    admin = await setUpAdmin(app);
    const networkId = await createNetwork(admin, 'Keten met geheugen');
    const base = `/api/networks/${networkId}`;
    const p = {
      A: await addPartner(app, networkId, 'GGZ Noord'),
      B: await addPartner(app, networkId, 'Wijkteam Oost', 'wijkteam'),
      C: await addPartner(app, networkId, 'Gemeente Noorderveen', 'gemeente'),
    };
    const clients: Record<Role, TestClient> = {
      coordinator: admin,
      repA: await invitePerson(app, admin, networkId, { name: 'Anouk Alleen', email: 'anouk@ggz.test', role: 'representative', partnerId: p.A }),
      memberB: await invitePerson(app, admin, networkId, { name: 'Bram Deelnemer', email: 'bram@wijkteam.test', role: 'member', partnerId: p.B }),
      observer: await invitePerson(app, admin, networkId, { name: 'Otto Toehoorder', email: 'otto@provincie.test', role: 'observer' }),
    };
    const adminId = (await db().selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow()).id;
    const rounds: string[] = [];
    const respondents: string[] = [];
    for (const [i, [closedMonthsAgo, trust]] of ([[30, 4], [14, 3], [2, 2]] as const).entries()) {
      const id = randomUUID();
      const closedAt = monthsAgo(closedMonthsAgo);
      await db()
        .insertInto('rounds')
        .values({ id, network_id: networkId, title: `Ronde ${i + 1}`, opens_at: new Date(closedAt.getTime() - 14 * 86_400_000), closes_at: closedAt, status: 'closed', opened_at: new Date(closedAt.getTime() - 14 * 86_400_000), closed_at: closedAt, created_by: adminId, anonymity_k: 3 })
        .execute();
      const round = { networkId, roundId: id };
      const respond = async (name: string, partner: 'A' | 'B' | 'C', body: ReturnType<typeof answers>) => {
        const userId = await insertUser(app, `${name} ${i + 1}`);
        respondents.push(userId);
        await insertResponse(app, round, userId, p[partner], body);
      };
      await respond('Anouk', 'A', answers({ partners: { [p.B]: rating(4, trust, 3) }, aspects: { ambition: [trust, trust + 1] }, toDiscuss: i === 0 ? 'De wachtlijst bij de crisisdienst' : undefined }));
      for (const n of [1, 2, 3]) {
        await respond(`Wijkteam ${n}`, 'B', answers({ partners: { [p.A]: rating(3, trust, 4), [p.C]: rating(2, trust, 2) }, aspects: { ambition: [trust, trust] }, wentWell: n === 1 ? `Snelle overdracht ${i + 1}` : undefined }));
        await respond(`Gemeente ${n}`, 'C', answers({ partners: { [p.A]: rating(2, trust, 3), [p.B]: rating(3, trust + (n === 3 ? 1 : 0), 3) }, aspects: { ambition: [trust, 5] } }));
      }
      rounds.push(id);
    }
    Object.assign(world, { networkId, base, rounds, p, clients, respondents });
  });

  /** Everything each role can read that shows a round's results or something computed from them. */
  const everything = async () => {
    const bodies: Record<string, unknown> = {};
    const [first] = world.rounds;
    for (const role of ROLES) {
      for (const path of [`rounds/${first}/results`, `rounds/${first}/quality`, `map/round?roundId=${first}`, 'trends', 'signals', 'agenda', 'stage', 'map', 'value-map', 'rounds']) {
        const res = await world.clients[role].get(`${world.base}/${path}`);
        expect(res.status, `${role} ${path}`).toBe(200);
        bodies[`${role} ${path}`] = res.body;
      }
    }
    return bodies;
  };

  it('shows the administrator the periods, how many records are due and that the job has not run yet', async () => {
    const res = await admin.get('/api/admin/retention');
    expect(res.status).toBe(200);
    const byKind = Object.fromEntries((res.body.kinds as { kind: string }[]).map((k) => [k.kind, k]));
    expect(byKind.roundAnswers).toEqual({ kind: 'roundAnswers', months: 24, defaultMonths: 24, minMonths: 3, foreverAllowed: true, countedFrom: 'roundClosed', due: 1 });
    expect(byKind.openAnswers).toMatchObject({ months: 24, due: 1 });
    expect(byKind.auditEvents).toMatchObject({ months: 60, due: 0 });
    expect(res.body.lastRun).toBeNull();
    expect((await world.clients.repA.get('/api/admin/retention')).status).toBe(403);
    expect((await app.client().get('/api/admin/retention')).status).toBe(401);
  });

  it('refuses periods outside the bounds, lets only the administrator change them, and audits the change', async () => {
    const current = Object.fromEntries(((await admin.get('/api/admin/retention')).body.kinds as { kind: string; months: number | null }[]).map((k) => [k.kind, k.months]));
    const tooShort = await admin.put('/api/admin/retention', { periods: { ...current, auditEvents: 6 } });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details).toEqual([expect.objectContaining({ path: ['periods', 'auditEvents'], code: 'below_minimum', minMonths: 12 })]);
    expect((await admin.put('/api/admin/retention', { periods: { ...current, readNotifications: null } })).status).toBe(400);
    expect((await admin.put('/api/admin/retention', { periods: { ...current, openAnswers: 36 } })).status).toBe(400);
    expect((await admin.put('/api/admin/retention', { periods: { ...current, auditEvents: 1.5 } })).status).toBe(400);
    expect((await admin.put('/api/admin/retention', { periods: { auditEvents: 60 } })).status).toBe(400);
    expect((await world.clients.repA.put('/api/admin/retention', { periods: current })).status).toBe(403);

    const changed = await admin.put('/api/admin/retention', { periods: { ...current, auditEvents: null, deliveredMail: 6 } });
    expect(changed.status).toBe(200);
    expect(changed.body.kinds.find((k: { kind: string }) => k.kind === 'auditEvents')).toMatchObject({ months: null, due: 0 });
    const audit = await db().selectFrom('audit_events').selectAll().where('action', '=', 'instance.retention_changed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ before: { auditEvents: 60, deliveredMail: 3 }, after: { auditEvents: null, deliveredMail: 6 } });
    expect((await admin.put('/api/admin/retention', { periods: current })).status).toBe(200);
  });

  it('removes a round\'s raw answers once, in the daily job, and every page shows for every role exactly what it showed before', async () => {
    const [first, second, third] = world.rounds as [string, string, string];
    const before = await everything();
    const trends = before['coordinator trends'] as { series: { measure: string; spiral: string | null; uncertain: boolean | null }[] };
    expect(trends.series.find((s) => s.measure === 'networkTrust')).toMatchObject({ spiral: 'downward', uncertain: expect.any(Boolean) });
    const openBefore = await admin.get(`${world.base}/rounds/${first}/open-answers`);
    expect(openBefore.body.items.map((a: { text: string }) => a.text).sort()).toEqual(['De wachtlijst bij de crisisdienst', 'Snelle overdracht 1']);

    await scheduleRetention(db(), dutchToday(clock.now()));
    expect(await app.runtime.runJobs()).toBe(1);
    expect(await db().selectFrom('jobs').select(['status', 'last_error']).where('kind', '=', 'retention.apply').execute()).toEqual(expect.arrayContaining([{ status: 'done', last_error: null }, { status: 'pending', last_error: null }]));

    expect(await everything()).toEqual(before);
    for (const table of ['round_responses', 'round_invitees', 'round_open_answers'] as const) {
      expect(await db().selectFrom(table).select('round_id').where('round_id', '=', first).execute(), table).toEqual([]);
    }
    for (const table of ['round_responses', 'round_invitees'] as const) {
      expect((await db().selectFrom(table).select('round_id').where('round_id', '=', second).execute()).length, table).toBe(7);
    }
    expect((await db().selectFrom('round_responses').select('id').where('round_id', '=', third).execute()).length).toBe(7);
    const frozen = await db().selectFrom('round_frozen_results').selectAll().where('round_id', '=', first).executeTakeFirstOrThrow();
    const frozenText = JSON.stringify(frozen);
    for (const id of world.respondents) expect(frozenText).not.toContain(id);
    expect(frozenText).not.toContain('wachtlijst');
    expect(frozenText).not.toContain('Snelle overdracht');
    expect(frozen.respondents).toBe(7);

    const openAfter = await admin.get(`${world.base}/rounds/${first}/open-answers`);
    expect(openAfter.status).toBe(200);
    expect(openAfter.body.items).toEqual([]);

    const audit = await db().selectFrom('audit_events').selectAll().where('action', '=', 'round.answers_removed').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ object_id: first, actor_id: null, network_id: world.networkId, details: { months: 24, responses: 7, invitees: 7 } });

    const status = await admin.get('/api/admin/retention');
    expect(status.body.lastRun).toEqual({ at: clock.now().toISOString(), removed: expect.objectContaining({ roundAnswers: 1, openAnswers: 0 }) });
    expect(status.body.kinds.find((k: { kind: string }) => k.kind === 'roundAnswers').due).toBe(0);

    // The next day's run finds nothing more of the rounds; the results still read the same.
    clock.advance({ days: 1 });
    expect(await app.runtime.runJobs()).toBe(1);
    expect((await admin.get('/api/admin/retention')).body.lastRun.removed).toMatchObject({ roundAnswers: 0, openAnswers: 0 });
    expect(await db().selectFrom('audit_events').select('id').where('action', '=', 'round.answers_removed').execute()).toHaveLength(1);
    expect((await admin.get(`${world.base}/rounds/${first}/results`)).body).toEqual(before['coordinator rounds/' + first + '/results']);
  });

  it('removes read notifications, delivered mail, expired invitations, sessions and finished jobs when due, and audits only counts', async () => {
    const now = clock.now();
    const old = new Date(now.getTime() - 400 * 86_400_000);
    const userId = world.respondents[0]!;
    await db()
      .insertInto('notifications')
      .values([
        { id: randomUUID(), network_id: world.networkId, user_id: userId, kind: 'roundReminder', params: JSON.stringify({}), link: '/', created_at: old, read_at: old },
        { id: randomUUID(), network_id: world.networkId, user_id: userId, kind: 'roundReminder', params: JSON.stringify({}), link: '/', created_at: old, read_at: null },
      ])
      .execute();
    await db()
      .insertInto('mail_messages')
      .values([
        { id: randomUUID(), network_id: null, to_address: 'oud@example.test', subject: 'Oud bericht', body_text: 'Geheime inhoud', status: 'sent', created_at: old, sent_at: old },
        { id: randomUUID(), network_id: null, to_address: 'wacht@example.test', subject: 'Wacht nog', body_text: 'x', status: 'queued', created_at: old, sent_at: null },
      ])
      .execute();
    const before = await admin.get('/api/admin/retention');
    const due = Object.fromEntries((before.body.kinds as { kind: string; due: number }[]).map((k) => [k.kind, k.due]));
    expect(due).toMatchObject({ readNotifications: 1, deliveredMail: 1 });

    clock.advance({ days: 1 });
    expect(await app.runtime.runJobs()).toBe(1);
    expect(await db().selectFrom('notifications').select('read_at').where('user_id', '=', userId).execute()).toEqual([{ read_at: null }]);
    expect((await db().selectFrom('mail_messages').select('subject').where('to_address', 'in', ['oud@example.test', 'wacht@example.test']).execute()).map((m) => m.subject)).toEqual(['Wacht nog']);
    const audit = await db().selectFrom('audit_events').selectAll().where('action', '=', 'retention.removed').execute();
    expect(audit.map((a) => a.details).filter((d) => d.kind === 'readNotifications' || d.kind === 'deliveredMail')).toEqual(
      expect.arrayContaining([
        { kind: 'readNotifications', removed: 1, months: 12 },
        { kind: 'deliveredMail', removed: 1, months: 3 },
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain('Geheime inhoud');
    const after = await admin.get('/api/admin/retention');
    expect(after.body.lastRun.removed).toMatchObject({ readNotifications: 1, deliveredMail: 1 });
  });
});
