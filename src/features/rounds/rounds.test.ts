import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addAgreement, responseBody } from '../../../test/helpers/round-responses.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { mailItemsWithSubject } from '../../../test/helpers/mail-items.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('reflection rounds (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let wijkteam: string;
  let politie: string;
  let foreignPartner: string;
  let ggzRep: TestClient;
  let wijkRep: TestClient;
  let member: TestClient;
  let memberWithoutPartner: TestClient;
  let observer: TestClient;
  let inForce: string;
  let proposed: string;
  let ended: string;
  const clock = new TestClock();
  /** Moments relative to the app's clock, as ISO strings. */
  const fromNow = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();

  const plan = (extra: Record<string, unknown> = {}) => ({ title: 'Reflectieronde winter', opensAt: fromNow(60), closesAt: fromNow(60 * 24 * 14), ...extra });
  const create = async (extra: Record<string, unknown> = {}) => {
    clock.advance({ seconds: 1 }); // the clock stands still unless moved: each round is made a moment after the one before
    const res = await coordinator.post(`${base}/rounds`, plan(extra));
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  const openNew = async (extra: Record<string, unknown> = {}) => {
    const round = await create(extra);
    const res = await coordinator.post(`${base}/rounds/${round.id}/open`);
    expect(res.status).toBe(200);
    return round.id;
  };
  const userId = async (email: string) => (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const notices = (roundTitle: string, kindName: string) =>
    app.runtime.deps.db.selectFrom('notifications').select(['user_id', 'link']).where('kind', '=', kindName).where('params', '@>', JSON.stringify({ title: roundTitle }) as never).execute();

  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Jeugd Regio Noord');
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    politie = await addPartner(app, networkId, 'Politie Noord', 'anders');
    foreignPartner = await addPartner(app, await createNetwork(coordinator, 'Ander netwerk'), 'Elders BV');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    wijkRep = await invitePerson(app, coordinator, networkId, { name: 'Wim Wijk', email: 'wim@wijkteam.test', role: 'representative', partnerId: wijkteam });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    memberWithoutPartner = await invitePerson(app, coordinator, networkId, { name: 'Nina Los', email: 'nina@los.test', role: 'member' });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
    const admin = await userId('beheer@ketenregie.test');
    inForce = await addAgreement(app, networkId, admin, 'Omgangsregels crisisroute');
    proposed = await addAgreement(app, networkId, admin, 'Voorstel informatiedeling', 'proposed');
    ended = await addAgreement(app, networkId, admin, 'Oude escalatieafspraak', 'ended');
  });
  afterAll(() => app?.close());

  it('lets only the coordinator plan a round, with a closing moment after the opening and in the future', async () => {
    const created = await coordinator.post(`${base}/rounds`, plan({ includeMembers: true }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Reflectieronde winter', status: 'draft', includeMembers: true, version: 1, openedAt: null, responses: { invited: 0, submitted: 0 } });
    expect((await coordinator.post(`${base}/rounds`, plan({ closesAt: plan().opensAt }))).status).toBe(400);
    const past = await coordinator.post(`${base}/rounds`, plan({ opensAt: fromNow(-60 * 24), closesAt: fromNow(-1) }));
    expect(past.status).toBe(400);
    expect(past.body.error.details[0].path).toEqual(['closesAt']);
    expect((await coordinator.post(`${base}/rounds`, { ...plan(), extra: 1 })).status).toBe(400);
    expect((await coordinator.post(`${base}/rounds`, plan({ opensAt: 'morgen' }))).status).toBe(400);
    for (const caller of [ggzRep, member, observer]) expect((await caller.post(`${base}/rounds`, plan())).status).toBe(403);
    const audit = await app.runtime.deps.db.selectFrom('audit_events').select('action').where('object_id', '=', created.body.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['round.create']);
  });

  it('lists rounds by their opening moment, latest first (not by when they were planned), page by page; only the coordinator sees counts', async () => {
    const later = await create({ title: 'Lijst een', opensAt: fromNow(180) });
    const earlier = await create({ title: 'Lijst twee', opensAt: fromNow(120) });
    const page = await coordinator.get(`${base}/rounds?limit=1`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((r: { id: string }) => r.id)).toEqual([later.id]);
    const next = await coordinator.get(`${base}/rounds?limit=1&cursor=${page.body.nextCursor}`);
    expect(next.body.items[0].id).toBe(earlier.id);
    const all = (await coordinator.get(`${base}/rounds?limit=100`)).body.items.map((r: { opensAt: string }) => r.opensAt);
    expect(all).toEqual([...all].sort().reverse());
    expect(next.body.items[0].responses).toEqual({ invited: 0, submitted: 0 });
    for (const caller of [ggzRep, member, observer]) {
      const res = await caller.get(`${base}/rounds`);
      expect(res.status).toBe(200);
      expect(res.body.items.every((r: { responses: unknown }) => r.responses === null)).toBe(true);
    }
  });

  it('changes and deletes a round only while it is a draft, by the coordinator, with baseVersion', async () => {
    const round = await create();
    expect((await ggzRep.patch(`${base}/rounds/${round.id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    const changed = await coordinator.patch(`${base}/rounds/${round.id}`, { baseVersion: 1, title: 'Reflectieronde januari', closesAt: fromNow(60 * 24 * 21) });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ title: 'Reflectieronde januari', version: 2 });
    const stale = await coordinator.patch(`${base}/rounds/${round.id}`, { baseVersion: 1, title: 'Te laat' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await coordinator.patch(`${base}/rounds/${round.id}`, { baseVersion: 2, closesAt: fromNow(30) })).status).toBe(400);
    expect((await member.delete(`${base}/rounds/${round.id}`)).status).toBe(403);
    expect((await coordinator.delete(`${base}/rounds/${round.id}`)).status).toBe(200);
    expect((await coordinator.get(`${base}/rounds/${round.id}`)).status).toBe(404);

    const opened = await openNew();
    expect((await coordinator.patch(`${base}/rounds/${opened}`, { baseVersion: 2, title: 'Na opening' })).status).toBe(409);
    expect((await coordinator.delete(`${base}/rounds/${opened}`)).status).toBe(409);
  });

  it('opens a round: invites every representative by e-mail and in the app, members only when chosen', async () => {
    const round = await create({ title: 'Alleen vertegenwoordigers' });
    expect((await ggzRep.post(`${base}/rounds/${round.id}/open`)).status).toBe(403);
    const opened = await coordinator.post(`${base}/rounds/${round.id}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ status: 'open', responses: { invited: 2, submitted: 0 } });
    expect(opened.body.openedAt).not.toBeNull();
    expect((await coordinator.post(`${base}/rounds/${round.id}/open`)).status).toBe(409);
    const reps = [await userId('gert@ggz.test'), await userId('wim@wijkteam.test')].sort();
    const sent = await notices('Alleen vertegenwoordigers', 'roundOpened');
    expect(sent.map((n) => n.user_id).sort()).toEqual(reps);
    expect(sent[0]!.link).toBe(`/networks/${networkId}/rounds/${round.id}/questionnaire`);
    const mails = await mailItemsWithSubject(app, 'Reflectieronde geopend: Alleen vertegenwoordigers');
    expect(mails.map((m) => m.to).sort()).toEqual(['gert@ggz.test', 'wim@wijkteam.test']);

    const withMembers = await create({ title: 'Met deelnemers', includeMembers: true });
    await coordinator.post(`${base}/rounds/${withMembers.id}/open`);
    const invited = (await notices('Met deelnemers', 'roundOpened')).map((n) => n.user_id).sort();
    expect(invited).toEqual([...reps, await userId('mo@ggz.test')].sort()); // not the member without a partner, nor the observer
    const mine = await member.get(`${base}/rounds/${withMembers.id}`);
    expect(mine.body.you).toEqual({ invited: true, submittedAt: null });
  });

  it('gives the questionnaire in Dutch and English with the agreements in force and the other partners', async () => {
    const roundId = await openNew();
    const res = await ggzRep.get(`${base}/rounds/${roundId}/questionnaire`);
    expect(res.status).toBe(200);
    const q = res.body;
    expect(q.aspects.map((a: { key: string }) => a.key)).toEqual(['ambition', 'interests', 'relationship', 'organisation', 'process']);
    for (const aspect of q.aspects) for (const item of aspect.items) expect(item.text.nl && item.text.en && item.text.nl !== item.text.en).toBeTruthy();
    expect(q.scales.agreement.map((s: { value: number }) => s.value)).toEqual([1, 2, 3, 4, 5]);
    expect(q.scales.level.map((s: { value: number }) => s.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(q.scales.dontKnow).toEqual({ nl: 'Weet ik niet', en: "Don't know" });
    expect(q.agreements.map((a: { id: string }) => a.id)).toEqual([inForce]);
    expect(q.agreementItems.map((i: { key: string }) => i.key)).toEqual(['importance', 'adherence']);
    expect(q.partners.map((p: { id: string }) => p.id).sort()).toEqual([wijkteam, politie].sort());
    expect(q.partnerQuestions.trust.map((i: { key: string }) => i.key)).toEqual(['reliability', 'openness', 'mission']);
    expect(q.partnerQuestions.value.map((i: { key: string }) => i.key)).toEqual(['influence', 'resources', 'involvement']);
    expect(q.openQuestions.map((i: { key: string }) => i.key)).toEqual(['wentWell', 'toDiscuss', 'askOfPartner']);
    expect(q.respondent).toEqual({ canRespond: true, reason: null, partnerId: ggz, submittedAt: null });
    expect((await member.get(`${base}/rounds/${roundId}/questionnaire`)).body.respondent).toMatchObject({ canRespond: false, reason: 'not_invited' });
    expect((await observer.get(`${base}/rounds/${roundId}/questionnaire`)).body.respondent).toMatchObject({ canRespond: false, reason: 'no_partner' });
    const draft = await create();
    expect((await ggzRep.get(`${base}/rounds/${draft.id}/questionnaire`)).body.respondent).toMatchObject({ canRespond: false, reason: 'not_open' });
  });

  it('stores one response per respondent, changeable until closing, and never returns the answers', async () => {
    const roundId = await openNew({ title: 'Antwoorden' });
    const url = `${base}/rounds/${roundId}/responses`;
    expect((await ggzRep.get(`${url}/mine`)).body).toEqual({ submitted: false, submittedAt: null });
    const first = await ggzRep.post(url, responseBody([wijkteam, politie], [inForce]));
    expect(first.status).toBe(200);
    expect(first.body.submitted).toBe(true);
    const secret = 'Alleen voor de ketenregisseur bedoeld geheim';
    const second = await ggzRep.post(url, responseBody([wijkteam], [], { toDiscuss: secret }));
    expect(second.status).toBe(200);
    const rows = await app.runtime.deps.db.selectFrom('round_responses').select(['partner_id', 'answers', 'submitted_at']).where('round_id', '=', roundId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.partner_id).toBe(ggz);
    expect((rows[0]!.answers as { toDiscuss: string }).toDiscuss).toBe(secret);
    const mine = await ggzRep.get(`${url}/mine`);
    expect(mine.body).toEqual({ submitted: true, submittedAt: rows[0]!.submitted_at!.toISOString() });

    expect((await coordinator.get(`${base}/rounds/${roundId}`)).body.responses).toEqual({ invited: 2, submitted: 1 });
    for (const [caller, path] of [
      [ggzRep, `${url}/mine`],
      [ggzRep, `${base}/rounds/${roundId}`],
      [ggzRep, `${base}/rounds/${roundId}/questionnaire`],
      [coordinator, `${base}/rounds/${roundId}`],
      [coordinator, `${base}/rounds`],
      [coordinator, `${base}/audit`],
    ] as const) {
      const res = await caller.get(path);
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(secret);
      expect(JSON.stringify(res.body)).not.toContain('warme overdracht');
    }
  });

  it('stores a response in two statements: session and role, then the write that checks the round, the invitation and the rated items', async () => {
    const roundId = await openNew({ title: 'Twee stappen' });
    const executor = app.runtime.deps.db.getExecutor();
    const spy = vi.spyOn(executor, 'executeQuery');
    try {
      expect((await ggzRep.post(`${base}/rounds/${roundId}/responses`, responseBody([wijkteam, politie], [inForce]))).status).toBe(200);
      const statements = spy.mock.calls.map(([query]) => (query as CompiledQuery).sql);
      expect(statements).toHaveLength(2);
      expect(statements[0]).toMatch(/from "?sessions"?/);
      expect(statements[1]).toMatch(/insert into "?round_responses"?.*insert into "?audit_events"?/s);
      for (const table of ['rounds', 'round_invitees', 'partners', 'agreements']) expect(statements[1]).toMatch(new RegExp(`(from|join) "?${table}"?`));
      // One text whatever the number of rated partners and agreements, so it is prepared once.
      spy.mockClear();
      expect((await ggzRep.post(`${base}/rounds/${roundId}/responses`, responseBody([wijkteam], []))).status).toBe(200);
      expect(spy.mock.calls.map(([query]) => (query as CompiledQuery).sql)[1]).toBe(statements[1]);
    } finally {
      spy.mockRestore();
    }
  });

  it('rejects answers out of range, unknown fields, partners and agreements it may not rate', async () => {
    const roundId = await openNew();
    const url = `${base}/rounds/${roundId}/responses`;
    const bad = async (body: unknown, path?: unknown[]) => {
      const res = await wijkRep.post(url, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      if (path) expect(res.body.error.details.map((d: { path: unknown[] }) => d.path)).toContainEqual(path);
    };
    const ok = responseBody([ggz]);
    await bad({ ...ok, aspects: { ...ok.aspects, ambition: [6, 4] } });
    await bad({ ...ok, aspects: { ...ok.aspects, ambition: [0, 4] } });
    await bad({ ...ok, aspects: { ...ok.aspects, process: [3] } });
    await bad({ ...ok, aspects: { ...ok.aspects, process: [3.5, 3] } });
    await bad({ ...ok, partners: { [ggz]: { ...ok.partners[ggz]!, level: 6 } } });
    await bad({ ...ok, partners: { [ggz]: { ...ok.partners[ggz]!, level: -1 } } });
    await bad({ ...ok, agreements: { [inForce]: { importance: 5, adherence: 9 } } });
    await bad({ ...ok, mood: 'goed' });
    await bad({ ...ok, wentWell: 'x'.repeat(4001) });
    await bad(responseBody([wijkteam]), ['partners', wijkteam]);
    await bad(responseBody([foreignPartner]), ['partners', foreignPartner]);
    await bad(responseBody([ggz], [proposed]), ['agreements', proposed]);
    await bad(responseBody([ggz], [ended]), ['agreements', ended]);
    await bad(responseBody([ggz.toUpperCase()]), ['partners', ggz.toUpperCase()]);
    // A refused response leaves nothing behind: no response and no audit entry.
    const { db } = app.runtime.deps;
    expect(await db.selectFrom('round_responses').select('id').where('round_id', '=', roundId).execute()).toEqual([]);
    expect(await db.selectFrom('audit_events').select('id').where('action', '=', 'round.respond').where('object_id', '=', roundId).execute()).toEqual([]);
    expect((await wijkRep.post(url, ok)).status).toBe(200);
    expect((await wijkRep.post(url, responseBody([], [])).then((r) => r.status))).toBe(200);
  });

  it('only invitees of an open round respond; a closed round takes no more responses', async () => {
    const draft = await create();
    expect((await ggzRep.post(`${base}/rounds/${draft.id}/responses`, responseBody([wijkteam]))).status).toBe(409);
    const roundId = await openNew();
    const url = `${base}/rounds/${roundId}/responses`;
    expect((await member.post(url, responseBody([wijkteam]))).status).toBe(403);
    expect((await observer.post(url, responseBody([wijkteam]))).status).toBe(403);
    expect((await memberWithoutPartner.post(url, responseBody([wijkteam]))).status).toBe(403);
    expect((await coordinator.post(url, responseBody([wijkteam]))).status).toBe(403);
    expect((await ggzRep.post(url, responseBody([wijkteam]))).status).toBe(200);

    expect((await ggzRep.post(`${base}/rounds/${roundId}/close`)).status).toBe(403);
    // One of two responded, fewer than k = 3: closing asks for confirmation first (DESIGN §5.9).
    const unconfirmed = await coordinator.post(`${base}/rounds/${roundId}/close`);
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body.error.details).toMatchObject({ reason: 'low_response', lowResponse: ['fewer_than_k'], invited: 2, responded: 1, rate: 0.5, k: 3 });
    const closed = await coordinator.post(`${base}/rounds/${roundId}/close`, { confirmLowResponse: true });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', responses: { invited: 2, submitted: 1 }, lowResponse: true, lowResponseIncluded: false });
    expect((await coordinator.post(`${base}/rounds/${roundId}/close`)).status).toBe(409);
    expect((await coordinator.post(`${base}/rounds/${draft.id}/close`)).status).toBe(409);
    const late = await ggzRep.post(url, responseBody([politie]));
    expect(late.status).toBe(409);
    expect((await wijkRep.post(url, responseBody([ggz]))).status).toBe(409);
    expect((await ggzRep.get(`${base}/rounds/${roundId}/questionnaire`)).body.respondent).toMatchObject({ canRespond: false, reason: 'closed' });
    const coordinatorNotices = await notices('Reflectieronde winter', 'roundClosed');
    expect(coordinatorNotices).toEqual([]); // the coordinator who closed it by hand is not told about it

    const pastDue = await openNew();
    clock.advance({ days: 14, seconds: 1 }); // past its closing moment, before the closing job ran
    expect((await ggzRep.post(`${base}/rounds/${pastDue}/responses`, responseBody([wijkteam]))).status).toBe(409);
  });

  it('answers 404 for a round of another network and 400 for a malformed id', async () => {
    const other = await createNetwork(coordinator, 'Derde netwerk');
    const roundId = await openNew();
    expect((await coordinator.get(`/api/networks/${other}/rounds/${roundId}`)).status).toBe(404);
    expect((await coordinator.post(`/api/networks/${other}/rounds/${roundId}/close`)).status).toBe(404);
    expect((await coordinator.get(`${base}/rounds/niet-een-id`)).status).toBe(400);
  });
});
