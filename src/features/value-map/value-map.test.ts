import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { valueMapGaps } from './value-map-gaps.ts';

const DEFAULTS = ['Waarde voor cliënten', 'Expertise', 'Capaciteit', 'Toegang tot de doelgroep', 'Financiering', 'Mandaat', 'Kennis en data'];

describe.each(testDatabases)('value map (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let ster: string;
  let wijkteam: string;
  let gemeente: string;
  let ggzRep: TestClient;
  let sterRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const rating = (v: number | null, w: number | null, x: number | null) => ({ level: 3, reliability: 4, openness: 4, mission: 4, influence: v, resources: w, involvement: x });
  const answers = (partners: Record<string, ReturnType<typeof rating>>) => ({
    aspects: { ambition: [4, 4], interests: [3, 3], relationship: [4, 4], organisation: [3, 3], process: [3, 3] },
    agreements: {},
    partners,
  });
  const userId = async (email: string) => (await app.runtime.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ster = await addPartner(app, networkId, 'Stichting Ster', 'gehandicaptenzorg');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    gemeente = await addPartner(app, networkId, 'Gemeente Noorderstad', 'gemeente');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sanne Ster', email: 'sanne@ster.test', role: 'representative', partnerId: ster });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Wijkteam', email: 'mo@wijkteam.test', role: 'member', partnerId: wijkteam });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('gives a network the seven default dimensions on first use, once, and shows every partner', async () => {
    const first = await observer.get(`${base}/value-map`);
    expect(first.status).toBe(200);
    expect(first.body.dimensions.map((d: { name: string }) => d.name)).toEqual(DEFAULTS);
    expect(first.body).toMatchObject({ round: null, gapThreshold: 30, maxClaim: 3 });
    expect(first.body.partners.map((p: { partnerName: string }) => p.partnerName)).toEqual(['GGZ Noord', 'Gemeente Noorderstad', 'Stichting Ster', 'Wijkteam Centrum']);
    expect(first.body.partners[0]).toMatchObject({ claims: [], claimed: null, perceived: null, gap: null, flagged: false });
    const again = await member.get(`${base}/value-map`);
    expect(again.body.dimensions).toEqual(first.body.dimensions);
    const seeds = await app.runtime.deps.db.selectFrom('audit_events').select('id').where('network_id', '=', networkId).where('action', '=', 'value_map.seed').execute();
    expect(seeds).toHaveLength(1);
  });

  it('lets the coordinator add, rename, reorder and remove dimensions; nobody else', async () => {
    for (const client of [ggzRep, member, observer]) expect((await client.post(`${base}/value-map/dimensions`, { name: 'Nachtdienst' })).status).toBe(403);
    const added = await coordinator.post(`${base}/value-map/dimensions`, { name: 'Nachtelijke bereikbaarheid' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Nachtelijke bereikbaarheid', position: 7 });
    expect((await coordinator.post(`${base}/value-map/dimensions`, { name: 'expertise' })).status).toBe(409);
    const renamed = await coordinator.patch(`${base}/value-map/dimensions/${added.body.id}`, { name: 'Bereikbaarheid in de nacht', position: 0 });
    expect(renamed.body).toMatchObject({ name: 'Bereikbaarheid in de nacht', position: 0 });
    expect((await ggzRep.patch(`${base}/value-map/dimensions/${added.body.id}`, { name: 'Anders' })).status).toBe(403);
    expect((await coordinator.patch(`${base}/value-map/dimensions/${added.body.id}`, { name: 'Mandaat' })).status).toBe(409);
    const map = await member.get(`${base}/value-map`);
    expect(map.body.dimensions[0].name).toBe('Bereikbaarheid in de nacht');
    expect((await ggzRep.delete(`${base}/value-map/dimensions/${added.body.id}`)).status).toBe(403);
    expect((await coordinator.delete(`${base}/value-map/dimensions/${added.body.id}`)).status).toBe(200);
    expect((await coordinator.delete(`${base}/value-map/dimensions/${added.body.id}`)).status).toBe(404);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'value_dimension.delete', objectId: added.body.id });
  });

  it("lets a partner's representative (or the coordinator) state its own contribution, 0–3", async () => {
    const dims = (await member.get(`${base}/value-map`)).body.dimensions as Array<{ id: string; name: string }>;
    const [clients, expertise, capacity] = dims;
    const mine = await ggzRep.put(`${base}/value-map/claims/${ggz}`, {
      claims: [
        { dimensionId: clients!.id, score: 3 },
        { dimensionId: expertise!.id, score: 3 },
        { dimensionId: capacity!.id, score: 3 },
      ],
    });
    expect(mine.status).toBe(200);
    const row = mine.body.partners.find((p: { partnerId: string }) => p.partnerId === ggz);
    expect(row).toMatchObject({ claimed: 100, perceived: null, gap: null });
    expect(row.claims).toHaveLength(3);
    expect((await ggzRep.put(`${base}/value-map/claims/${ster}`, { claims: [{ dimensionId: clients!.id, score: 1 }] })).status).toBe(403);
    expect((await member.put(`${base}/value-map/claims/${wijkteam}`, { claims: [{ dimensionId: clients!.id, score: 1 }] })).status).toBe(403);
    expect((await observer.put(`${base}/value-map/claims/${ggz}`, { claims: [] })).status).toBe(403);
    expect((await sterRep.put(`${base}/value-map/claims/${ster}`, { claims: [{ dimensionId: clients!.id, score: 4 }] })).status).toBe(400);
    expect((await sterRep.put(`${base}/value-map/claims/${ster}`, { claims: [{ dimensionId: crypto.randomUUID(), score: 1 }] })).status).toBe(400);
    const ster1 = await sterRep.put(`${base}/value-map/claims/${ster}`, { claims: [{ dimensionId: clients!.id, score: 1 }, { dimensionId: expertise!.id, score: 2 }] });
    // (1 + 2) / 2 = 1.5 of 3 → 50
    expect(ster1.body.partners.find((p: { partnerId: string }) => p.partnerId === ster).claimed).toBe(50);
    const byCoordinator = await coordinator.put(`${base}/value-map/claims/${gemeente}`, { claims: [{ dimensionId: capacity!.id, score: 0 }] });
    expect(byCoordinator.status).toBe(200);
    const withdrawn = await sterRep.put(`${base}/value-map/claims/${ster}`, { claims: [{ dimensionId: expertise!.id, score: null }] });
    expect(withdrawn.body.partners.find((p: { partnerId: string }) => p.partnerId === ster)).toMatchObject({ claims: [{ dimensionId: clients!.id, score: 1 }], claimed: (1 / 3) * 100 });
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'value_claims.save', objectType: 'partner', objectId: ster });
  });

  it('puts the value others perceive (last closed round, ≥ k respondents) beside the claim and flags a large gap', async () => {
    const db = app.runtime.deps.db;
    const admin = await userId('beheer@ketenregie.test');
    const roundId = crypto.randomUUID();
    await db
      .insertInto('rounds')
      .values({ id: roundId, network_id: networkId, title: 'Ronde najaar', opens_at: '2026-10-01T08:00:00Z', closes_at: '2026-10-15T17:00:00Z', status: 'closed', closed_at: '2026-10-15T17:00:00Z', created_by: admin })
      .execute();
    const respond = async (email: string, partnerId: string, partners: Record<string, ReturnType<typeof rating>>) =>
      db
        .insertInto('round_responses')
        .values({ id: crypto.randomUUID(), network_id: networkId, round_id: roundId, respondent_id: await userId(email), partner_id: partnerId, answers: JSON.stringify(answers(partners)), submitted_at: '2026-10-10T10:00:00Z' })
        .execute();
    // About GGZ: (2,2,2) → 25, (3,3,–) → 50, (1,1,1) → 0; V(·→GGZ) = mean(25, 50, 0) = 25 on three respondents.
    await respond('mo@wijkteam.test', wijkteam, { [ggz]: rating(2, 2, 2), [ster]: rating(5, 5, 5) });
    await respond('beheer@ketenregie.test', gemeente, { [ggz]: rating(3, 3, null) });
    await respond('sanne@ster.test', ster, { [ggz]: rating(1, 1, 1) });

    const map = await observer.get(`${base}/value-map`);
    expect(map.body.round).toMatchObject({ id: roundId, title: 'Ronde najaar' });
    const ggzRow = map.body.partners.find((p: { partnerId: string }) => p.partnerId === ggz);
    expect(ggzRow).toMatchObject({ claimed: 100, perceived: { value: 25, respondents: 3 }, gap: 75, flagged: true });
    // Ster is rated by one respondent only: no number under the anonymity rule, so no gap.
    const sterRow = map.body.partners.find((p: { partnerId: string }) => p.partnerId === ster);
    expect(sterRow).toMatchObject({ perceived: { value: null, insufficient: true, respondents: 1 }, gap: null, flagged: false });

    expect(await valueMapGaps(db, networkId, new Date())).toEqual([{ partnerId: ggz, partnerName: 'GGZ Noord', claimed: 100, perceived: 25, gap: 75 }]);
    await db.updateTable('networks').set({ anonymity_k: 4 }).where('id', '=', networkId).execute();
    expect(await valueMapGaps(db, networkId, new Date())).toEqual([]);
    await db.updateTable('networks').set({ anonymity_k: 3 }).where('id', '=', networkId).execute();
  });
});
