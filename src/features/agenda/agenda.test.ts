import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { setUpAdmin } from '../../../test/helpers/scenario.ts';
import { buildSignalNetwork } from '../../../test/helpers/signal-network.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { addDays } from '../../domain/agenda.ts';
import { dutchToday } from '../../domain/calendar.ts';
import { getAgenda } from './get-agenda.ts';

const DAY = 86_400_000;

describe.each(testDatabases)('session agenda (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let net: Awaited<ReturnType<typeof buildSignalNetwork>>;
  let base: string;
  const today = dutchToday(new Date());
  const ago = (days: number) => new Date(Date.now() - days * DAY);

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    net = await buildSignalNetwork(app, coordinator);
    base = `/networks/${net.networkId}`;
    const db = app.runtime.deps.db;
    const owned = () => ({ id: crypto.randomUUID(), network_id: net.networkId, created_by: net.coordinatorId });

    await db
      .insertInto('stories')
      .values([
        { ...owned(), title: 'Samen binnen een uur een crisisbed gevonden' },
        { ...owned(), title: 'Concept uit de ronde', draft: true },
        { ...owned(), title: 'De eerste gezamenlijke casustafel', created_at: ago(90) },
      ])
      .execute();
    await db
      .insertInto('differences')
      .values([
        { ...owned(), topic: 'Wie belt de ouders na een melding', kind: 'practice', status: 'named' },
        { ...owned(), topic: 'Privacy tegenover snelheid', kind: 'values', status: 'discussed' },
        { ...owned(), topic: 'Concept: wachtlijsten', kind: 'interests', status: 'named', draft: true },
      ])
      .execute();
    await db
      .insertInto('steps')
      .values([
        { ...owned(), title: 'Protocol rondsturen', status: 'claimed', claimed_by: net.coordinatorId, due_on: addDays(today, -1) },
        { ...owned(), title: 'Vandaag bellen', status: 'open', due_on: today },
        { ...owned(), title: 'Al gedaan', status: 'done', due_on: addDays(today, -10) },
        { ...owned(), title: 'Contactlijst bijwerken', status: 'open', due_on: addDays(today, -5) },
      ])
      .execute();
    const request = (title: string, days: number, extra: object = {}) => ({ ...owned(), title, from_partner_id: net.A, to_partner_id: net.B, created_at: ago(days), ...extra });
    await db
      .insertInto('requests')
      .values([
        request('Consult door een LVB-deskundige', 14),
        request('Nog geen twee weken', 13),
        request('Concept uit de ronde', 20, { draft: true }),
        request('Al geaccepteerd', 20, { status: 'accepted' }),
      ])
      .execute();
    const agreement = (title: string, extra: object) => ({ id: crypto.randomUUID(), network_id: net.networkId, kind: 'other' as const, title, created_by: net.coordinatorId, ...extra });
    const review = agreement('Escalatieprotocol', { version_in_force: 1, review_on: addDays(today, -10) });
    const objected = agreement('Informatiedeling', { version_in_force: 1, current_version: 2, proposed_version: 2, review_on: addDays(today, 100) });
    await db.insertInto('agreements').values([review, objected]).execute();
    await db
      .insertInto('agreement_ratifications')
      .values({ id: crypto.randomUUID(), network_id: net.networkId, agreement_id: objected.id, version: 2, partner_id: net.B, decision: 'objection', reason: 'Te weinig ruimte voor spoed', decided_by: net.coordinatorId })
      .execute();
    // GGZ Noord claims the most on a dimension, the others perceive a value of 0: a gap of 100.
    const dimension = { ...owned(), name: 'Expertise' };
    await db.insertInto('value_dimensions').values(dimension).execute();
    await db.insertInto('value_claims').values({ network_id: net.networkId, value_dimension_id: dimension.id, partner_id: net.A, score: 3, updated_by: net.coordinatorId }).execute();
  });
  afterAll(() => app?.close());

  const agenda = async (caller: TestClient) => {
    const res = await caller.get(`/api/networks/${net.networkId}/agenda`);
    expect(res.status).toBe(200);
    return res.body.items as any[];
  };
  const line = (i: any) => `${i.section} | ${i.reason.code} | ${i.title}`;

  it('opens with what goes well and follows the order of §5.7, each item with its reason and link', async () => {
    const items = await agenda(coordinator);
    expect(items.map(line)).toEqual([
      'going_well | upward_spiral | GGZ Noord → Wijkteam Centrum',
      'going_well | upward_spiral | Organisatie: afspraken en rollen',
      'going_well | new_story | Samen binnen een uur een crisisbed gevonden',
      'downward_spirals | downward_spiral | Wijkteam Centrum → GGZ Noord',
      'downward_spirals | downward_spiral | Vertrouwen in GGZ Noord',
      'downward_spirals | downward_spiral | Gedeelde ambitie',
      expect.stringMatching(/^pairs \| asymmetry \| (GGZ Noord → Wijkteam Centrum|Wijkteam Centrum → GGZ Noord)$/),
      expect.stringMatching(/^pairs \| perception_gap \| /),
      'agreements | agreement_gap | Warme overdracht',
      'agreements | agreement_review_overdue | Escalatieprotocol',
      'agreements | agreement_objection | Informatiedeling',
      'differences | difference_open | Wie belt de ouders na een melding',
      'steps | step_overdue | Contactlijst bijwerken',
      'steps | step_overdue | Protocol rondsturen',
      'requests | request_unanswered | Consult door een LVB-deskundige',
      'value_map | value_map_gap | GGZ Noord',
    ]);
    const byCode = (code: string) => items.find((i) => i.reason.code === code);
    expect(byCode('upward_spiral')).toMatchObject({ kind: 'upward_spiral', link: `${base}/signals`, reason: { params: { measure: 'dyadTrust', from: 'GGZ Noord', to: 'Wijkteam Centrum', totalChange: 50, lastValue: 100 } } });
    expect(items[5].reason.params).toEqual({ measure: 'aspect', aspect: 'ambition', previousChange: -5, lastChange: -5, totalChange: -10, lastValue: 70 });
    expect(byCode('asymmetry').link).toBe(`${base}/rounds/${net.rounds[2]}/results`);
    expect(byCode('agreement_gap')).toMatchObject({ link: `${base}/agreements/${net.handover}`, reason: { params: { importance: 100, adherence: 50, gap: 50 } } });
    expect(byCode('agreement_review_overdue').reason.params).toEqual({ reviewOn: addDays(today, -10) });
    expect(byCode('agreement_objection').reason.params).toEqual({ objections: 1, version: 2 });
    expect(byCode('difference_open').reason.params).toEqual({ status: 'named', since: today });
    expect(byCode('step_overdue')).toMatchObject({ kind: 'step', link: `${base}/steps`, reason: { params: { dueOn: addDays(today, -5), daysOverdue: 5 } } });
    expect(byCode('request_unanswered').reason.params).toEqual({ from: 'GGZ Noord', to: 'Wijkteam Centrum', days: 14 });
    expect(byCode('value_map_gap')).toMatchObject({ link: `${base}/value-map`, reason: { params: { partner: 'GGZ Noord', claimed: 100, perceived: 0, gap: 100 } } });
    expect(byCode('new_story').link).toMatch(new RegExp(`^${base}/stories/[0-9a-f-]{36}$`));
  });

  it('counts stories since the previous session when there was one', async () => {
    const db = app.runtime.deps.db;
    const meeting = { id: crypto.randomUUID(), network_id: net.networkId, created_by: net.coordinatorId, title: 'Ketenoverleg', held_on: addDays(today, -100) };
    await db.insertInto('meetings').values(meeting).execute();
    const stories = (await agenda(coordinator)).filter((i) => i.reason.code === 'new_story').map((i) => i.title);
    expect(stories).toEqual(['Samen binnen een uur een crisisbed gevonden', 'De eerste gezamenlijke casustafel']);
    // Today's session is the one being prepared, not the previous one: back to the last 60 days.
    await db.updateTable('meetings').set({ held_on: today }).where('id', '=', meeting.id).execute();
    expect((await agenda(coordinator)).filter((i) => i.reason.code === 'new_story').map((i) => i.title)).toEqual(['Samen binnen een uur een crisisbed gevonden']);
    // A session yesterday: only stories written since that day count.
    await db.updateTable('meetings').set({ held_on: addDays(today, -1) }).where('id', '=', meeting.id).execute();
    const writtenAt = (at: Date) => sql`update stories set created_at = ${at} where title = 'Samen binnen een uur een crisisbed gevonden'`.execute(db);
    await writtenAt(ago(2));
    expect((await agenda(coordinator)).filter((i) => i.reason.code === 'new_story')).toEqual([]);
    await writtenAt(new Date());
    await db.deleteFrom('meetings').where('id', '=', meeting.id).execute();
  });

  it('leaves pairs under k respondents off the agenda of everyone outside the pair', async () => {
    const codes = (items: any[]) => items.map((i) => `${i.reason.code}:${i.title}`);
    for (const caller of [net.callers.observer, net.callers.memberC, net.callers.repC]) {
      const items = codes(await agenda(caller));
      expect(items.filter((i) => i.startsWith('asymmetry') || i.startsWith('perception_gap') || i.includes('→'))).toEqual([]);
      expect(items).toContain('downward_spiral:Vertrouwen in GGZ Noord');
    }
    expect(codes(await agenda(net.callers.repA))).toEqual(codes(await agenda(coordinator)));
  });

  it('puts a decision that changes nothing tomorrow on the agenda until someone owns a dated step for it', async () => {
    const db = app.runtime.deps.db;
    const decision = { id: crypto.randomUUID(), network_id: net.networkId, created_by: net.coordinatorId, title: 'Gezamenlijk crisisnummer invoeren' };
    await db.insertInto('decisions').values(decision).execute();
    const item = async () => (await agenda(coordinator)).find((i: any) => i.reason.code === 'decision_without_consequence');
    expect(await item()).toMatchObject({ section: 'steps', kind: 'decision', title: decision.title, link: `${base}/decisions` });
    const step = { id: crypto.randomUUID(), network_id: net.networkId, created_by: net.coordinatorId, title: 'Nummer aanvragen', serves_kind: 'decision' as const, serves_id: decision.id };
    await db.insertInto('steps').values({ ...step, status: 'claimed', claimed_by: net.coordinatorId }).execute();
    expect(await item()).toBeDefined(); // an owner but no date still changes nothing tomorrow
    await db.updateTable('steps').set({ due_on: addDays(today, 7) }).where('id', '=', step.id).execute();
    expect(await item()).toBeUndefined();
    await db.deleteFrom('steps').where('id', '=', step.id).execute();
    await db.deleteFrom('decisions').where('id', '=', decision.id).execute();
  });

  it('gives the coordinator the agenda as every reader sees it, the one a session takes over, with ?readers=everyone', async () => {
    const everyone = await coordinator.get(`/api/networks/${net.networkId}/agenda?readers=everyone`);
    expect(everyone.status).toBe(200);
    expect(everyone.body.items).toEqual(await agenda(net.callers.observer));
    expect(everyone.body.items.some((i: { title: string }) => i.title.includes('→'))).toBe(false);
    expect((await agenda(coordinator)).some((i: { title: string }) => i.title.includes('→'))).toBe(true);
    expect((await coordinator.get(`/api/networks/${net.networkId}/agenda?readers=all`)).status).toBe(400);
  });

  it('is the same through the exported function the sessions take over', async () => {
    const direct = await getAgenda(app.runtime.deps, { membership: { networkId: net.networkId, role: 'observer', partnerId: null } });
    expect(direct.items).toEqual(await agenda(net.callers.observer));
  });
});
