import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { answers, insertResponse, insertRound, insertUser, rating } from '../../../test/helpers/round-data.ts';
import { ADMIN, addPartner } from '../../../test/helpers/scenario.ts';

describe.each(testDatabases)('stage assessment (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  const reps: TestClient[] = [];
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
  });
  afterAll(() => app?.close());

  const criterion = (body: any, key: string) => body.stages.flatMap((s: any) => s.criteria).find((c: any) => c.key === key);
  const profile = {
    drivers: 'Kinderen in crisis snel helpen',
    interests: 'Voorspelbare instroom',
    values: '',
    workLogic: '',
    offer: 'Crisisbeoordeling binnen 24 uur',
    need: 'LVB-expertise bij de beoordeling',
    competences: '',
    constituency: '',
    constituencyRisks: '',
  };

  it('starts at stage 0 and says what is missing, with where to act', async () => {
    const res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe(0);
    expect(criterion(res.body, 'partners.atLeastTwo')).toMatchObject({ met: false, link: `/networks/${networkId}/partners` });
    expect(res.body.stages.map((s: any) => s.stage)).toEqual([1, 2, 3]);
  });

  it('reaches stage 1 once two partners have a representative, a complete profile and a confirmed history', async () => {
    const ids: string[] = [];
    for (const [name, sector] of [['GGZ Noord', 'ggz'], ['Stichting Ster', 'gehandicaptenzorg']] as const) {
      ids.push((await coordinator.post(`/api/networks/${networkId}/partners`, { name, sector })).body.id);
    }
    let res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'partners.atLeastTwo').met).toBe(true);
    expect(criterion(res.body, 'partners.representativeAccepted').missing.map((m: any) => m.name).sort()).toEqual(['GGZ Noord', 'Stichting Ster']);

    for (const [i, id] of ids.entries()) {
      const rep = await invitePerson(app, coordinator, networkId, { name: `Vertegenwoordiger ${i}`, email: `rep${i}@partner.test`, role: 'representative', partnerId: id });
      reps.push(rep);
      expect((await rep.put(`/api/networks/${networkId}/partners/${id}/profile`, { baseVersion: 0, ...profile })).status).toBe(200);
    }
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'profiles.complete').met).toBe(true);
    expect(criterion(res.body, 'history.confirmed')).toMatchObject({ met: false, link: `/networks/${networkId}/history` });
    expect(res.body.stage).toBe(0);

    for (const id of ids) {
      expect((await coordinator.put(`/api/networks/${networkId}/partners/${id}/history-confirmation`, { confirmed: true })).status).toBe(200);
    }
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(res.body.stage).toBe(1);
    expect(res.body.stages[0].met).toBe(true);
    expect(criterion(res.body, 'groundRules.inForce').met).toBe(false);
  });

  it('is readable by every role, also an observer', async () => {
    const observer = await invitePerson(app, coordinator, networkId, { name: 'Olga', email: 'olga@gemeente.test', role: 'observer' });
    expect((await observer.get(`/api/networks/${networkId}/stage`)).body.stage).toBe(1);
  });

  it('reaches stage 2 with ground rules in force that answer the four core questions, ratified by every partner, and review dates ahead', async () => {
    const base = `/api/networks/${networkId}/agreements`;
    let res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'groundRules.inForce')).toMatchObject({ met: false, link: `/networks/${networkId}/agreements?kind=ground_rules` });
    expect(criterion(res.body, 'agreements.reviewDateAhead').met).toBe(true);

    // Ground rules straight from the template: in force and ratified, but the questions are not answered.
    const template = (await coordinator.get(`${base}/template?lang=nl`)).body.body as string;
    const rules = (await coordinator.post(base, { kind: 'ground_rules', title: 'Omgangsregels', body: template })).body;
    await coordinator.post(`${base}/${rules.id}/propose`, { version: 1 });
    for (const rep of reps) expect((await rep.post(`${base}/${rules.id}/ratifications`, { version: 1, decision: 'consent' })).status).toBe(200);
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'groundRules.inForce').met).toBe(true);
    expect(criterion(res.body, 'groundRules.ratifiedByAll').met).toBe(true);
    expect(criterion(res.body, 'groundRules.coverCoreQuestions')).toMatchObject({ met: false, link: `/networks/${networkId}/agreements/${rules.id}` });
    expect(criterion(res.body, 'agreements.reviewDateAhead')).toMatchObject({
      met: false,
      missing: [{ id: rules.id, name: 'Omgangsregels' }],
      link: `/networks/${networkId}/agreements/${rules.id}`,
    });
    expect(res.body.stage).toBe(1);

    // Version 2 answers every question; while it is proposed, version 1 stays the one that counts.
    const answered = template
      .replace('## 2.', 'GGZ Noord beoordeelt, Stichting Ster levert LVB-expertise.\n\n## 2.')
      .replace('## 3.', 'Alleen wat nodig is, met toestemming van het gezin.\n\n## 3.')
      .replace('## 4.', 'Wachtlijsten van meer dan vier weken melden we binnen een week.\n\n## 4.')
      .concat('\nTwee keer per jaar een reflectieronde.\n');
    await reps[0]!.post(`${base}/${rules.id}/versions`, { baseVersion: 1, body: answered, changeNote: 'Vragen beantwoord' });
    await coordinator.patch(`${base}/${rules.id}`, { reviewOn: '2099-12-31' });
    await coordinator.post(`${base}/${rules.id}/propose`, { version: 2 });
    await reps[0]!.post(`${base}/${rules.id}/ratifications`, { version: 2, decision: 'consent' });
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'groundRules.coverCoreQuestions').met).toBe(false);
    expect(criterion(res.body, 'agreements.reviewDateAhead').met).toBe(true);
    await reps[1]!.post(`${base}/${rules.id}/ratifications`, { version: 2, decision: 'consent' });
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    for (const key of ['groundRules.inForce', 'groundRules.coverCoreQuestions', 'groundRules.ratifiedByAll', 'agreements.reviewDateAhead']) {
      expect(criterion(res.body, key).met).toBe(true);
    }
    expect(criterion(res.body, 'tasks.oneAccountable').met).toBe(true); // no tasks yet: none without an accountable partner
    expect(res.body.stage).toBe(2);

    // An agreement in force whose review date has passed keeps stage 2 from being met.
    await app.runtime.deps.db.updateTable('agreements').set({ review_on: '2024-01-01' }).where('id', '=', rules.id).execute();
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'agreements.reviewDateAhead').missing).toEqual([{ id: rules.id, name: 'Omgangsregels' }]);
    await app.runtime.deps.db.updateTable('agreements').set({ review_on: '2099-12-31' }).where('id', '=', rules.id).execute();

    // A partner that joins later has not consented: the ground rules are no longer ratified by every partner.
    const late = (await coordinator.post(`/api/networks/${networkId}/partners`, { name: 'Veilig Thuis Noord', sector: 'jeugdhulp' })).body;
    res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(criterion(res.body, 'groundRules.ratifiedByAll')).toMatchObject({ met: false, missing: [{ id: late.id, name: 'Veilig Thuis Noord' }] });
    expect(res.body.stage).toBeLessThan(2);

  });
});

describe.each(testDatabases)('stage 3, openness (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let coordinatorId: string;
  let partners: string[];
  let rounds = 0;
  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator, 'Crisisroute Openheid');
    coordinatorId = (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', ADMIN.email).executeTakeFirstOrThrow()).id;
    partners = [await addPartner(app, networkId, 'Jeugdhulp Noord', 'jeugdhulp'), await addPartner(app, networkId, 'Wijkteam Oost', 'wijkteam')];
  });
  afterAll(() => app?.close());

  /** A closed round where three respondents of each partner rate the other with `s` on every trust item. */
  const closeRound = async (s: number) => {
    rounds += 1;
    const roundId = await insertRound(app, networkId, coordinatorId, 'closed', `Ronde ${rounds}`);
    await app.runtime.deps.db.updateTable('rounds').set({ closed_at: new Date(Date.now() - (10 - rounds) * 86_400_000) }).where('id', '=', roundId).execute();
    for (const [from, to] of [[partners[0]!, partners[1]!], [partners[1]!, partners[0]!]] as [string, string][]) {
      for (let i = 0; i < 3; i++) {
        await insertResponse(app, { networkId, roundId }, await insertUser(app, `Respondent ${rounds}${i}`), from, answers({ partners: { [to]: rating(3, s, s) } }));
      }
    }
    return roundId;
  };
  const criteria = async () => {
    const res = await coordinator.get(`/api/networks/${networkId}/stage`);
    expect(res.status).toBe(200);
    const stage3 = res.body.stages.find((s: any) => s.stage === 3);
    return Object.fromEntries(stage3.criteria.map((c: any) => [c.key, { met: c.met, link: c.link }]));
  };

  it('after one unanimous round: openness met, two rounds not, and "too good to be true" active', async () => {
    await closeRound(5); // trust and openness 100 on six respondents, dispersion 0, nothing to discuss
    const base = `/networks/${networkId}`;
    expect(await criteria()).toEqual({
      'rounds.twoClosed': { met: false, link: `${base}/rounds` },
      'rounds.opennessHigh': { met: true, link: null },
      'differences.discussed': { met: false, link: `${base}/differences` },
      'trust.noDownwardSpiral': { met: true, link: null },
      'signals.noTooGoodToBeTrue': { met: false, link: `${base}/signals` },
    });
  });

  it('does not count openness resting on fewer than k respondents', async () => {
    await app.runtime.deps.db.updateTable('networks').set({ anonymity_k: 7 }).where('id', '=', networkId).execute();
    expect((await criteria())['rounds.opennessHigh'].met).toBe(false);
    await app.runtime.deps.db.updateTable('networks').set({ anonymity_k: 3 }).where('id', '=', networkId).execute();
  });

  it('counts published differences discussed or later, not drafts', async () => {
    const difference = (status: 'discussed' | 'accepted', draft: boolean) =>
      app.runtime.deps.db
        .insertInto('differences')
        .values({ id: crypto.randomUUID(), network_id: networkId, created_by: coordinatorId, topic: 'Wie neemt de regie bij een crisis', kind: 'work_logic', status, draft })
        .execute();
    await difference('discussed', true);
    expect((await criteria())['differences.discussed'].met).toBe(false);
    await difference('accepted', false);
    expect((await criteria())['differences.discussed'].met).toBe(true);
  });

  it('after trust falls 100 → 75 → 50: two rounds met, openness below 70 and a downward spiral', async () => {
    await closeRound(4);
    const last = await closeRound(3);
    const base = `/networks/${networkId}`;
    expect(await criteria()).toEqual({
      'rounds.twoClosed': { met: true, link: null },
      'rounds.opennessHigh': { met: false, link: `${base}/rounds/${last}/results` },
      'differences.discussed': { met: true, link: null },
      'trust.noDownwardSpiral': { met: false, link: `${base}/signals` },
      'signals.noTooGoodToBeTrue': { met: true, link: null },
    });
  });
});
