import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('differences agenda (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let ster: string;
  let gemeente: string;
  let ggzRep: TestClient;
  let sterRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const difference = (partnerIds: string[], extra: Record<string, unknown> = {}) => ({
    topic: 'Wie draagt de nachtelijke achterwacht bij een LVB-crisis?',
    description: 'GGZ wil een psychiater op afroep, Ster wil een vaste begeleider.',
    kind: 'work_logic',
    partnerIds,
    ...extra,
  });
  const notificationsOf = (email: string, kindName: string) =>
    app.runtime.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.params', 'n.link'])
      .where('u.email', '=', email)
      .where('n.kind', '=', kindName)
      .execute();

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ster = await addPartner(app, networkId, 'Stichting Ster', 'gehandicaptenzorg');
    gemeente = await addPartner(app, networkId, 'Gemeente Noorderstad', 'gemeente');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sanne Ster', email: 'sanne@ster.test', role: 'representative', partnerId: ster });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('names a difference with status "named", shows it to every role, audits it and tells the named partners', async () => {
    const created = await ggzRep.post(`${base}/differences`, difference([ster, ggz, ggz]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'work_logic',
      status: 'named',
      draft: false,
      resolvedBy: null,
      version: 1,
      createdBy: { name: 'Gert GGZ' },
      partners: [
        { id: ggz, name: 'GGZ Noord', view: '', viewUpdatedBy: null },
        { id: ster, name: 'Stichting Ster', view: '' },
      ],
    });
    for (const client of [member, observer, sterRep, coordinator]) {
      const list = await client.get(`${base}/differences`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((d: { id: string }) => d.id)).toContain(created.body.id);
      const one = await client.get(`${base}/differences/${created.body.id}`);
      expect(one.body.history).toMatchObject([{ from: null, to: 'named', by: { name: 'Gert GGZ' } }]);
    }
    const told = await notificationsOf('sanne@ster.test', 'differenceNamed');
    expect(told).toEqual([{ params: { topic: created.body.topic }, link: `/networks/${networkId}/differences/${created.body.id}` }]);
    expect(await notificationsOf('gert@ggz.test', 'differenceNamed')).toEqual([]); // the one who named it
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'difference.create', objectType: 'difference', objectId: created.body.id });
  });

  it('lets the coordinator and representatives of an involved partner name differences; nobody else', async () => {
    expect((await coordinator.post(`${base}/differences`, difference([gemeente]))).status).toBe(201);
    const notTheirs = await ggzRep.post(`${base}/differences`, difference([ster, gemeente]));
    expect(notTheirs.status).toBe(403);
    expect((await member.post(`${base}/differences`, difference([ggz]))).status).toBe(403);
    expect((await observer.post(`${base}/differences`, difference([ggz]))).status).toBe(403);
  });

  it('refuses a difference without partners of this network, a known kind or a topic', async () => {
    const other = await createNetwork(coordinator, 'Ander netwerk');
    const outsider = await addPartner(app, other, 'Partner elders');
    const cases: Array<[Record<string, unknown>, string]> = [
      [difference([]), 'partnerIds'],
      [difference([outsider]), 'partnerIds'],
      [difference([ggz], { kind: 'money' }), 'kind'],
      [difference([ggz], { topic: ' ' }), 'topic'],
      [difference([ggz], { extra: 1 }), ''],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.post(`${base}/differences`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) expect(res.body.error.details.map((d: { path: string[] }) => d.path[0])).toContain(field);
    }
  });

  it("lets only a partner's own representative write that partner's view", async () => {
    const { id } = (await coordinator.post(`${base}/differences`, difference([ggz, ster]))).body;
    const written = await sterRep.put(`${base}/differences/${id}/views/${ster}`, { view: 'Een vaste begeleider kent de jongere; een psychiater op afroep niet.' });
    expect(written.status).toBe(200);
    expect(written.body.partners.find((p: { id: string }) => p.id === ster)).toMatchObject({ view: 'Een vaste begeleider kent de jongere; een psychiater op afroep niet.', viewUpdatedBy: { name: 'Sanne Ster' } });
    expect((await sterRep.put(`${base}/differences/${id}/views/${ggz}`, { view: 'Namens GGZ' })).status).toBe(403);
    expect((await coordinator.put(`${base}/differences/${id}/views/${ggz}`, { view: 'Namens GGZ' })).status).toBe(403);
    expect((await member.put(`${base}/differences/${id}/views/${ggz}`, { view: 'Namens GGZ' })).status).toBe(403);
    expect((await observer.put(`${base}/differences/${id}/views/${ggz}`, { view: 'Namens GGZ' })).status).toBe(403);
    expect((await ggzRep.put(`${base}/differences/${id}/views/${gemeente}`, { view: 'x' })).status).toBe(404);
    const detail = await member.get(`${base}/differences/${id}`);
    expect(detail.body.partners.map((p: { view: string }) => p.view)).toEqual(['', 'Een vaste begeleider kent de jongere; een psychiater op afroep niet.']);
  });

  it('moves named → explored → discussed → resolved with an agreement of this network, keeping the history and telling the partners', async () => {
    const { id } = (await ggzRep.post(`${base}/differences`, difference([ggz, ster]))).body;
    expect((await member.post(`${base}/differences/${id}/status`, { to: 'explored' })).status).toBe(403);
    expect((await observer.post(`${base}/differences/${id}/status`, { to: 'explored' })).status).toBe(403);
    const skip = await ggzRep.post(`${base}/differences/${id}/status`, { to: 'discussed' });
    expect(skip.status).toBe(409);
    expect((await ggzRep.post(`${base}/differences/${id}/status`, { to: 'explored', note: 'Beide kanten op papier' })).status).toBe(200);
    expect((await coordinator.post(`${base}/differences/${id}/status`, { to: 'discussed', note: 'Overleg 12 november' })).status).toBe(200);

    const noAgreement = await coordinator.post(`${base}/differences/${id}/status`, { to: 'resolved' });
    expect(noAgreement.status).toBe(400);
    expect(noAgreement.body.error.details[0].path).toEqual(['resolvingAgreementId']);
    const other = await createNetwork(coordinator, 'Netwerk met andere afspraken');
    const db = app.runtime.deps.db;
    const admin = await db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const foreign = crypto.randomUUID();
    const ours = crypto.randomUUID();
    await db.insertInto('agreements').values({ id: foreign, network_id: other, created_by: admin.id, kind: 'other', title: 'Elders' }).execute();
    await db.insertInto('agreements').values({ id: ours, network_id: networkId, created_by: admin.id, kind: 'escalation', title: 'Nachtelijke achterwacht LVB' }).execute();
    expect((await coordinator.post(`${base}/differences/${id}/status`, { to: 'resolved', resolvingAgreementId: foreign })).status).toBe(400);
    expect((await coordinator.post(`${base}/differences/${id}/status`, { to: 'accepted', resolvingAgreementId: ours })).status).toBe(400);
    const resolved = await sterRep.post(`${base}/differences/${id}/status`, { to: 'resolved', resolvingAgreementId: ours });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', resolvedBy: { id: ours, title: 'Nachtelijke achterwacht LVB' }, version: 4 });
    expect(resolved.body.history.map((h: { from: string | null; to: string; note: string }) => [h.from, h.to, h.note])).toEqual([
      [null, 'named', ''],
      ['named', 'explored', 'Beide kanten op papier'],
      ['explored', 'discussed', 'Overleg 12 november'],
      ['discussed', 'resolved', ''],
    ]);
    expect((await coordinator.post(`${base}/differences/${id}/status`, { to: 'accepted' })).status).toBe(409);
    const told = await notificationsOf('sanne@ster.test', 'differenceStatusChanged');
    expect(told.map((n) => (n.params as { status: string }).status)).toEqual(expect.arrayContaining(['explored', 'discussed']));
    expect(told.map((n) => (n.params as { status: string }).status)).not.toContain('resolved'); // Sanne did that herself
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'difference.status', objectId: id, details: { from: 'discussed', to: 'resolved', resolvingAgreementId: ours } });
  });

  it('accepts a discussed difference ("we live with this") and filters the agenda by status and kind', async () => {
    const { id } = (await coordinator.post(`${base}/differences`, difference([gemeente], { kind: 'interests', topic: 'Tarief crisisopvang' }))).body;
    for (const to of ['explored', 'discussed', 'accepted']) expect((await coordinator.post(`${base}/differences/${id}/status`, { to })).status).toBe(200);
    const accepted = await observer.get(`${base}/differences?status=accepted`);
    expect(accepted.body.items.map((d: { id: string }) => d.id)).toEqual([id]);
    const interests = await observer.get(`${base}/differences?kind=interests`);
    expect(interests.body.items.every((d: { kind: string }) => d.kind === 'interests')).toBe(true);
    expect((await observer.get(`${base}/differences?kind=money`)).status).toBe(400);
  });

  it('pages through the agenda with a cursor', async () => {
    const all = (await coordinator.get(`${base}/differences?limit=200`)).body.items.map((d: { id: string }) => d.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await member.get(`${base}/differences?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((d) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all);
    expect(all.length).toBeGreaterThan(3);
  });

  it('changes a difference on its version (coordinator or whoever named it) and tells newly named partners', async () => {
    const { id } = (await ggzRep.post(`${base}/differences`, difference([ggz]))).body;
    expect((await sterRep.patch(`${base}/differences/${id}`, { baseVersion: 1, topic: 'Anders' })).status).toBe(403);
    expect((await member.patch(`${base}/differences/${id}`, { baseVersion: 1, topic: 'Anders' })).status).toBe(403);
    expect((await ggzRep.patch(`${base}/differences/${id}`, { baseVersion: 1, partnerIds: [ster] })).status).toBe(403);
    const changed = await ggzRep.patch(`${base}/differences/${id}`, { baseVersion: 1, topic: 'Achterwacht in de nacht', kind: 'practice', partnerIds: [ggz, gemeente] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ topic: 'Achterwacht in de nacht', kind: 'practice', version: 2 });
    expect(changed.body.partners.map((p: { id: string }) => p.id).sort()).toEqual([ggz, gemeente].sort());
    const stale = await coordinator.patch(`${base}/differences/${id}`, { baseVersion: 1, topic: 'Oud' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ currentVersion: 2, current: { topic: 'Achterwacht in de nacht' } });
    expect((await coordinator.patch(`${base}/differences/${id}`, { baseVersion: 2, description: 'Aangescherpt' })).body.version).toBe(3);
  });

  it('keeps drafts from a round for the coordinator until published, then tells the partners', async () => {
    const db = app.runtime.deps.db;
    const admin = await db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const draftId = crypto.randomUUID();
    await db.insertInto('differences').values({ id: draftId, network_id: networkId, created_by: admin.id, topic: 'Uit de ronde: wie belt de ouders?', kind: 'practice', draft: true, resolved_by_agreement_id: null, origin_round_id: null }).execute();
    await db.insertInto('difference_partners').values({ network_id: networkId, difference_id: draftId, partner_id: ster }).execute();

    expect((await coordinator.get(`${base}/differences`)).body.items.map((d: { id: string }) => d.id)).not.toContain(draftId);
    const drafts = await coordinator.get(`${base}/differences?draft=true`);
    expect(drafts.body.items.map((d: { id: string }) => d.id)).toEqual([draftId]);
    expect((await sterRep.get(`${base}/differences?draft=true`)).status).toBe(403);
    expect((await sterRep.get(`${base}/differences/${draftId}`)).status).toBe(404);
    expect((await sterRep.put(`${base}/differences/${draftId}/views/${ster}`, { view: 'x' })).status).toBe(404);
    expect((await coordinator.post(`${base}/differences/${draftId}/status`, { to: 'explored' })).status).toBe(409);
    const toldBefore = (await notificationsOf('sanne@ster.test', 'differenceNamed')).length;

    const published = await coordinator.patch(`${base}/differences/${draftId}`, { baseVersion: 1, topic: 'Wie belt de ouders na een crisisbeoordeling?', draft: false });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ draft: false, version: 2 });
    expect((await sterRep.get(`${base}/differences/${draftId}`)).status).toBe(200);
    expect(await notificationsOf('sanne@ster.test', 'differenceNamed')).toHaveLength(toldBefore + 1);
    expect((await coordinator.patch(`${base}/differences/${draftId}`, { baseVersion: 2, draft: true })).status).toBe(400);
  });
});
