import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/helpers/clock.ts';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { answers, insertResponse, insertUser } from '../../../test/helpers/round-data.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import type { DisclosureMode } from '../../domain/disclosure.ts';

/**
 * DESIGN §5.3 through the API, for each role and both disclosure modes. k = 3 when the rounds open.
 *
 * Partner A has one respondent (its representative, told so on the partner step) who rates B:
 * T(A→B) = (0 + 0 + 25) / 3 = 8.33, V(A→B) = 16.67, level 5 (a working tie A–B that rests on A
 * alone). Three respondents of B rate A: T(B→A) = 75, V = 100, level 0. Two respondents of C rate A:
 * T(C→A) = 83.33, V = 41.67, level 3 (a tie A–C on two respondents). So A→B and C→A are below k,
 * and the asymmetry A/B (75 − 8.33 = 66.67) and the perception gap (5) derive from A→B.
 */
const A_TO_B = [8 + 1 / 3, 16 + 2 / 3, 66 + 2 / 3];
const C_TO_A = [83 + 1 / 3, 41 + 2 / 3];
const MODES: DisclosureMode[] = ['organisation', 'strict'];
type Role = 'coordinator' | 'repA' | 'memberB' | 'repC' | 'observer';
const ROLES: Role[] = ['coordinator', 'repA', 'memberB', 'repC', 'observer'];

/** Which hidden numbers each role may see: organisation mode shows a dyad to the coordinator and its two partners. */
function hiddenFor(mode: DisclosureMode, role: Role): number[] {
  if (mode === 'strict') return [...A_TO_B, ...C_TO_A];
  const seesAB = role === 'coordinator' || role === 'repA' || role === 'memberB';
  const seesCA = role === 'coordinator' || role === 'repA' || role === 'repC';
  return [...(seesAB ? [] : A_TO_B), ...(seesCA ? [] : C_TO_A)];
}

/** Every number anywhere in a JSON body. */
function numbersIn(body: unknown, found: number[] = []): number[] {
  if (typeof body === 'number') found.push(body);
  else if (Array.isArray(body)) for (const item of body) numbersIn(item, found);
  else if (body && typeof body === 'object') for (const value of Object.values(body)) numbersIn(value, found);
  return found;
}

/** Numbers within rounding (one decimal, as the agenda gives them) of a hidden one, with either sign. */
const leaks = (body: unknown, hidden: number[]) => numbersIn(body).filter((n) => hidden.some((h) => Math.abs(Math.abs(n) - h) < 0.051));

/** The same body without the moment it was computed (a fresh computation may stamp another moment). */
const stable = (body: unknown) => JSON.parse(JSON.stringify(body, (key, value) => (key === 'computedAt' ? undefined : value)));

describe.each(testDatabases)('the disclosure rule of DESIGN §5.3 (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  const clock = new TestClock();
  const fromNow = (minutes: number) => new Date(clock.now().getTime() + minutes * 60_000).toISOString();
  afterAll(() => app?.close());
  beforeAll(async () => {
    app = await startTestApp(kind, {}, { clock });
    coordinator = await setUpAdmin(app);
  });

  describe.each(MODES)('a round in %s mode', (mode) => {
    const world = {} as {
      networkId: string;
      base: string;
      roundId: string;
      p: Record<'A' | 'B' | 'C' | 'D', string>;
      clients: Record<Role, TestClient>;
    };
    const db = () => app.runtime.deps.db;
    const results = (role: Role) => world.clients[role].get(`${world.base}/rounds/${world.roundId}/results`);
    /** Everything a role can read that may carry a score or something derived from one. */
    const everything = async (role: Role) => {
      const client = world.clients[role];
      const paths = ['rounds/' + world.roundId + '/results', 'trends', 'signals', 'agenda', 'value-map', 'stage', 'map', 'rounds'];
      const bodies: Record<string, unknown> = {};
      for (const path of paths) {
        const res = await client.get(`${world.base}/${path}`);
        expect(res.status, `${role} ${path}`).toBe(200);
        bodies[path] = res.body;
      }
      bodies.notifications = (await client.get('/api/me/notifications')).body;
      return bodies;
    };

    beforeAll(async () => {
      const networkId = await createNetwork(coordinator, `Keten ${mode}`);
      const base = `/api/networks/${networkId}`;
      const p = {
        A: await addPartner(app, networkId, `GGZ Noord ${mode}`, 'ggz'),
        B: await addPartner(app, networkId, `Wijkteam ${mode}`, 'wijkteam'),
        C: await addPartner(app, networkId, `Gemeente ${mode}`, 'gemeente'),
        D: await addPartner(app, networkId, `Politie ${mode}`, 'anders'),
      };
      const clients: Record<Role, TestClient> = {
        coordinator,
        repA: await invitePerson(app, coordinator, networkId, { name: 'Anouk Alleen', email: `anouk.${mode}@ggz.test`, role: 'representative', partnerId: p.A }),
        memberB: await invitePerson(app, coordinator, networkId, { name: 'Bram Deelnemer', email: `bram.${mode}@wijkteam.test`, role: 'member', partnerId: p.B }),
        repC: await invitePerson(app, coordinator, networkId, { name: 'Carla Gemeente', email: `carla.${mode}@gemeente.test`, role: 'representative', partnerId: p.C }),
        observer: await invitePerson(app, coordinator, networkId, { name: 'Otto Toehoorder', email: `otto.${mode}@provincie.test`, role: 'observer' }),
      };
      Object.assign(world, { networkId, base, p, clients });
    });

    it('is chosen when the round is planned, and opening freezes the network k', async () => {
      const created = await coordinator.post(`${world.base}/rounds`, { title: `Ronde ${mode}`, opensAt: fromNow(60), closesAt: fromNow(60 * 24 * 14), disclosureMode: mode === 'strict' ? 'organisation' : 'strict' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ anonymityK: null });
      const changed = await coordinator.patch(`${world.base}/rounds/${created.body.id}`, { baseVersion: created.body.version, disclosureMode: mode });
      expect(changed.status).toBe(200);
      expect(changed.body.disclosureMode).toBe(mode);
      expect((await coordinator.post(`${world.base}/rounds`, { title: 'Fout', opensAt: fromNow(60), closesAt: fromNow(600), disclosureMode: 'open' })).status).toBe(400);
      world.roundId = created.body.id;
      const opened = await coordinator.post(`${world.base}/rounds/${world.roundId}/open`);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({ status: 'open', disclosureMode: mode, anonymityK: 3 });
      expect((await coordinator.patch(`${world.base}/rounds/${world.roundId}`, { baseVersion: opened.body.version, disclosureMode: 'organisation' })).status).toBe(409);
    });

    it("tells A's only respondent, before the partner step, who will see their ratings", async () => {
      const q = await world.clients.repA.get(`${world.base}/rounds/${world.roundId}/questionnaire`);
      expect(q.status).toBe(200);
      expect(q.body.disclosure).toMatchObject({ mode, k: 3, invitedOfOrganisation: 1, onlyRespondent: true, ratingsShownAsOwn: mode === 'organisation' });
      const text = q.body.disclosure.text as { nl: string; en: string }[];
      expect(text[0]).toEqual({ nl: 'U bent de enige van uw organisatie die voor deze ronde is uitgenodigd.', en: 'You are the only person of your organisation invited to this round.' });
      if (mode === 'organisation') expect(text.at(-1)!.en).toBe('Because you are the only respondent of your organisation, the coordinator and the partner you rate will see your own ratings.');
      else expect(text.at(-1)!.nl).toContain('ook de ketenregisseur niet');
    });

    it('shows nobody scores or open answers while the round is open, and the audit log names no respondent', async () => {
      const { base, roundId, p, clients } = world;
      const submitted = await clients.repA.post(`${base}/rounds/${roundId}/responses`, {
        ...answers({ partners: { [p.B]: { level: 5, reliability: 1, openness: 1, mission: 2, influence: 2, resources: 2, involvement: 1 } } }),
        askOfPartner: 'Kan het wijkteam sneller terugbellen?',
      });
      expect(submitted.status).toBe(200);
      const before = await results('coordinator');
      expect(before.status).toBe(200);
      expect(before.body).toMatchObject({ status: 'open', provisional: true, anonymityK: 3, disclosureMode: mode, responseRate: { invited: 2, responded: 1, rate: 0.5 } });
      expect(before.body.responseByPartner).toEqual(
        expect.arrayContaining([
          { partnerId: p.A, invited: 1, responded: 1, rate: 1 },
          { partnerId: p.C, invited: 1, responded: 0, rate: 0 },
        ]),
      );
      for (const key of ['networkTrust', 'aspects', 'partners', 'dyads', 'graph', 'flags', 'agreementGaps']) expect(before.body).not.toHaveProperty(key);
      for (const role of ROLES.filter((r) => r !== 'coordinator')) expect((await results(role)).status).toBe(403);
      expect((await coordinator.get(`${base}/rounds/${roundId}/open-answers`)).status).toBe(409);

      // The differencing attack while open: one more response changes the counts, nothing else.
      await insertResponse(app, { networkId: world.networkId, roundId }, await insertUser(app, `Cor Gemeente ${mode}`), p.C, answers({ partners: { [p.A]: { level: 3, reliability: 4, openness: 4, mission: 5, influence: 2, resources: 3, involvement: 3 } } }));
      const after = await results('coordinator');
      const withoutCounts = (body: Record<string, unknown>) => ({ ...stable(body), responseRate: null, responseByPartner: null });
      expect(withoutCounts(after.body)).toEqual(withoutCounts(before.body));
      expect(after.body.responseRate.responded).toBe(2);

      const audit = await coordinator.get(`${base}/audit`);
      const responses = (audit.body.items as { action: string; actor: unknown; ipAddress?: unknown }[]).filter((e) => e.action.startsWith('round.respond'));
      expect(responses).toHaveLength(1);
      expect(responses[0]!.actor).toBeNull();
      const repAId = (await db().selectFrom('users').select('id').where('email', '=', `anouk.${mode}@ggz.test`).executeTakeFirstOrThrow()).id;
      expect(JSON.stringify(responses)).not.toContain(repAId);
      expect(JSON.stringify(responses)).not.toContain('Anouk');
    });

    it('after closing shows no role a below-k score or anything derived from a hidden dyad, on any page, notification or mail', async () => {
      const { base, roundId, p } = world;
      const round = { networkId: world.networkId, roundId };
      for (let i = 0; i < 3; i++) {
        await insertResponse(app, round, await insertUser(app, `Wijkteam ${mode} ${i}`), p.B, answers({ partners: { [p.A]: { level: 0, reliability: 4, openness: 4, mission: 4, influence: 5, resources: 5, involvement: 5 } } }));
      }
      await insertResponse(app, round, await insertUser(app, `Cees Gemeente ${mode}`), p.C, answers({ partners: { [p.A]: { level: 3, reliability: 4, openness: 4, mission: 5, influence: 2, resources: 3, involvement: 3 } } }));
      expect((await coordinator.post(`${base}/rounds/${roundId}/close`)).status).toBe(200);
      await app.runtime.runJobs();

      for (const role of ROLES) {
        const bodies = await everything(role);
        expect(leaks(bodies, hiddenFor(mode, role)), `${mode}: ${role}`).toEqual([]);
        const shown = bodies[`rounds/${roundId}/results`] as {
          dyads: { from: string; to: string }[];
          graph: { ties: { a: string; b: string }[]; nodes: { partnerId: string; degree: number }[] };
          flags: { asymmetries: unknown[]; perceptionGaps: unknown[] };
        };
        const seesAB = hiddenFor(mode, role).length === 0 || !hiddenFor(mode, role).includes(A_TO_B[0]!);
        const seesCA = !hiddenFor(mode, role).includes(C_TO_A[0]!);
        const pair = (a: string, b: string) => [a, b].sort().join('–');
        expect(shown.dyads.map((d) => `${d.from}>${d.to}`).sort(), `${mode}: ${role}`).toEqual(
          [`${p.B}>${p.A}`, ...(seesAB ? [`${p.A}>${p.B}`] : []), ...(seesCA ? [`${p.C}>${p.A}`] : [])].sort(),
        );
        expect(shown.graph.ties.map((t) => pair(t.a, t.b)).sort()).toEqual([...(seesAB ? [pair(p.A, p.B)] : []), ...(seesCA ? [pair(p.A, p.C)] : [])].sort());
        expect(shown.graph.nodes.find((n) => n.partnerId === p.A)!.degree).toBe((seesAB ? 1 : 0) + (seesCA ? 1 : 0));
        expect(shown.flags.asymmetries).toHaveLength(seesAB ? 1 : 0);
        expect(shown.flags.perceptionGaps).toHaveLength(seesAB ? 1 : 0);
        const signals = (bodies.signals as { signals: { code: string }[] }).signals.map((s) => s.code);
        if (!seesAB) expect(signals.filter((c) => c === 'asymmetry' || c === 'perception_gap')).toEqual([]);
        const series = (bodies.trends as { series: { measure: string; from: { id: string } | null }[] }).series.filter((s) => s.measure === 'dyadTrust');
        expect(series.some((s) => s.from?.id === p.A)).toBe(seesAB);
        expect(series.some((s) => s.from?.id === p.C)).toBe(seesCA);
      }

      // Mails and their calendar files (attachments) alike.
      const sent = await db().selectFrom('mail_messages').select(['subject', 'body_text', 'body_html', 'attachments']).where('network_id', '=', world.networkId).execute();
      const queued = await db().selectFrom('notification_mail_items').select(['subject', 'lines', 'attachments']).where('network_id', '=', world.networkId).execute();
      const mails = [...sent, ...queued];
      const notices = await db().selectFrom('notifications').select(['params']).where('network_id', '=', world.networkId).execute();
      expect(mails.length).toBeGreaterThan(0);
      const written = JSON.stringify([mails, notices]);
      for (const hidden of [...A_TO_B, ...C_TO_A]) {
        expect(written).not.toMatch(new RegExp(`\\b${Math.floor(hidden)}[.,]${Math.round((hidden % 1) * 10) % 10}`));
      }
    });

    it("a session's agenda takes over only what every reader may see, while the coordinator's own agenda holds the pair", async () => {
      const { base } = world;
      const own = await coordinator.get(`${base}/agenda`);
      const pairs = (own.body.items as { section: string }[]).filter((i) => i.section === 'pairs');
      expect(pairs.length).toBe(mode === 'organisation' ? 2 : 0);
      const session = await coordinator.post(`${base}/sessions`, { title: `Stuurgroep ${mode}`, heldOn: '2026-12-14' });
      expect(session.status).toBe(201);
      const taken = await coordinator.post(`${base}/sessions/${session.body.id}/agenda`, { fromGenerated: true });
      expect(taken.status).toBe(201);
      expect(leaks(taken.body, hiddenFor(mode, 'observer'))).toEqual([]);
      expect((taken.body.items as { section: string }[]).filter((i) => i.section === 'pairs')).toEqual([]);
    });

    it('an open answer becomes a draft that carries no partner and no person', async () => {
      const { base, roundId, p } = world;
      const listed = await coordinator.get(`${base}/rounds/${roundId}/open-answers`);
      expect(listed.status).toBe(200);
      const ask = (listed.body.items as { id: string; question: string }[]).find((i) => i.question === 'askOfPartner')!;
      const made = await coordinator.post(`${base}/rounds/${roundId}/open-answers/${ask.id}/draft`, {});
      expect(made.status).toBe(201);
      const draft = await db().selectFrom('requests').selectAll().where('id', '=', made.body.id).executeTakeFirstOrThrow();
      const repAId = (await db().selectFrom('users').select('id').where('email', '=', `anouk.${mode}@ggz.test`).executeTakeFirstOrThrow()).id;
      expect(draft).toMatchObject({ draft: true, from_partner_id: null, to_partner_id: null });
      expect(JSON.stringify(draft)).not.toContain(p.A);
      expect(JSON.stringify(draft)).not.toContain(repAId);
      const view = await coordinator.get(`${base}/requests/${made.body.id}`);
      expect(view.status).toBe(200);
      expect(view.body.from).toBeNull();
      const publish = await coordinator.patch(`${base}/requests/${made.body.id}`, { baseVersion: view.body.version, draft: false });
      expect(publish.status).toBe(400);
    });

    it('cannot be differenced after closing: no response is taken any more, and the results stay as they are', async () => {
      const { base, roundId, p } = world;
      const before = await Promise.all(ROLES.map(async (role) => stable((await results(role)).body)));
      const late = await world.clients.repA.post(`${base}/rounds/${roundId}/responses`, answers({ partners: { [p.B]: { level: 1, reliability: 5, openness: 5, mission: 5, influence: 5, resources: 5, involvement: 5 } } }));
      expect(late.status).toBe(409);
      const after = await Promise.all(ROLES.map(async (role) => stable((await results(role)).body)));
      expect(after).toEqual(before);
    });

    it('keeps the k frozen at opening when the network k is lowered after closing', async () => {
      const before = await Promise.all(ROLES.map(async (role) => stable(await everything(role))));
      const network = await coordinator.get(world.base);
      const lowered = await coordinator.patch(world.base, { baseVersion: network.body.version, anonymityK: 2 });
      expect(lowered.status).toBe(200);
      expect(lowered.body.anonymityK).toBe(2);
      const after = await Promise.all(ROLES.map(async (role) => stable(await everything(role))));
      expect(after).toEqual(before);
      const shown = (await results('observer')).body;
      expect(shown.anonymityK).toBe(3);
      // C→A rests on two respondents: still hidden from the observer although the network k is now 2.
      expect(shown.dyads.some((d: { from: string }) => d.from === world.p.C)).toBe(false);
    });
  });
});
