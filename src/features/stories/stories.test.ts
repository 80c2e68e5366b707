import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('success stories (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let base: string;
  let ggz: string;
  let ster: string;
  let ggzRep: TestClient;
  let sterRep: TestClient;
  let member: TestClient;
  let observer: TestClient;

  const story = (extra: Record<string, unknown> = {}) => ({
    title: 'Binnen vier uur een logeerplek voor Sem',
    whatHappened: 'De crisisdienst belde Ster om 22:00; om 02:00 sliep Sem in het logeerhuis.',
    whatMadeItWork: 'Eén telefoonnummer en een begeleider die Sem al kende.',
    partnerIds: [ggz, ster],
    tags: [' Nachtzorg', 'LVB', 'nachtzorg'],
    ...extra,
  });

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ster = await addPartner(app, networkId, 'Stichting Ster', 'gehandicaptenzorg');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sanne Ster', email: 'sanne@ster.test', role: 'representative', partnerId: ster });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('lets every role but the observer tell a story, with tags cleaned up, and shows it to all', async () => {
    const created = await member.post(`${base}/stories`, story());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: 'Binnen vier uur een logeerplek voor Sem',
      tags: ['nachtzorg', 'lvb'],
      partners: [
        { id: ggz, name: 'GGZ Noord' },
        { id: ster, name: 'Stichting Ster' },
      ],
      supporters: [],
      draft: false,
      version: 1,
      createdBy: { name: 'Mo Deelnemer' },
    });
    for (const client of [coordinator, ggzRep]) expect((await client.post(`${base}/stories`, story({ tags: ['overdracht'] }))).status).toBe(201);
    expect((await observer.post(`${base}/stories`, story())).status).toBe(403);
    for (const client of [observer, sterRep]) {
      const list = await client.get(`${base}/stories`);
      expect(list.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
      expect((await client.get(`${base}/stories/${created.body.id}`)).body.title).toBe(created.body.title);
    }
    const audit = await coordinator.get(`${base}/audit?limit=5`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('story.create');
  });

  it('refuses a story without a title or with partners of another network', async () => {
    const other = await createNetwork(coordinator, 'Ander netwerk');
    const outsider = await addPartner(app, other, 'Partner elders');
    expect((await member.post(`${base}/stories`, story({ title: '' }))).status).toBe(400);
    const res = await member.post(`${base}/stories`, story({ partnerIds: [outsider] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toEqual(['partnerIds']);
    expect((await member.post(`${base}/stories`, story({ tags: Array.from({ length: 13 }, (_, i) => `t${i}`) }))).status).toBe(400);
  });

  it('filters by tag and pages with a cursor', async () => {
    const nacht = await observer.get(`${base}/stories?tag=Nachtzorg`);
    expect(nacht.body.items.length).toBeGreaterThan(0);
    expect(nacht.body.items.every((s: { tags: string[] }) => s.tags.includes('nachtzorg'))).toBe(true);
    const overdracht = await observer.get(`${base}/stories?tag=overdracht`);
    expect(overdracht.body.items).toHaveLength(2);
    const first = await observer.get(`${base}/stories?limit=2`);
    expect(first.body.items).toHaveLength(2);
    const second = await observer.get(`${base}/stories?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((s: { id: string }) => s.id)).not.toContain(first.body.items[0].id);
    expect(second.body.nextCursor).toBeNull();
  });

  it('lets the author or the coordinator change and delete a story, on its version', async () => {
    const { id } = (await member.post(`${base}/stories`, story())).body;
    expect((await ggzRep.patch(`${base}/stories/${id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    expect((await observer.patch(`${base}/stories/${id}`, { baseVersion: 1, title: 'Anders' })).status).toBe(403);
    const changed = await member.patch(`${base}/stories/${id}`, { baseVersion: 1, title: 'Sem sliep om twee uur veilig', tags: ['Crisis'], partnerIds: [ster] });
    expect(changed.body).toMatchObject({ title: 'Sem sliep om twee uur veilig', tags: ['crisis'], partners: [{ id: ster }], version: 2 });
    const stale = await coordinator.patch(`${base}/stories/${id}`, { baseVersion: 1, title: 'Oud' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentVersion).toBe(2);
    expect((await coordinator.patch(`${base}/stories/${id}`, { baseVersion: 2, whatMadeItWork: 'Korte lijnen' })).body.version).toBe(3);
    expect((await ggzRep.delete(`${base}/stories/${id}`)).status).toBe(403);
    const deleted = await member.delete(`${base}/stories/${id}`);
    expect(deleted.body.title).toBe('Sem sliep om twee uur veilig');
    expect((await member.get(`${base}/stories/${id}`)).status).toBe(404);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'story.delete', objectId: id });
  });

  it('lets a representative support a story for their partner, once, and withdraw it', async () => {
    const { id } = (await member.post(`${base}/stories`, story())).body;
    const supported = await sterRep.put(`${base}/stories/${id}/support`, {});
    expect(supported.status).toBe(200);
    expect(supported.body.supporters).toEqual([{ id: ster, name: 'Stichting Ster' }]);
    expect((await sterRep.put(`${base}/stories/${id}/support`, {})).body.supporters).toHaveLength(1);
    expect((await ggzRep.put(`${base}/stories/${id}/support`, {})).body.supporters).toHaveLength(2);
    for (const client of [coordinator, member, observer]) expect((await client.put(`${base}/stories/${id}/support`, {})).status).toBe(403);
    const withdrawn = await sterRep.delete(`${base}/stories/${id}/support`);
    expect(withdrawn.body.supporters).toEqual([{ id: ggz, name: 'GGZ Noord' }]);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'story.unsupport', objectId: id, details: { partnerId: ster } });
  });

  it('keeps drafts from a round for the coordinator until published', async () => {
    const db = app.runtime.deps.db;
    const admin = await db.selectFrom('users').select('id').where('email', '=', 'beheer@ketenregie.test').executeTakeFirstOrThrow();
    const draftId = crypto.randomUUID();
    await db.insertInto('stories').values({ id: draftId, network_id: networkId, created_by: admin.id, title: 'Uit de ronde: de huisarts belde terug', draft: true, origin_round_id: null }).execute();
    expect((await coordinator.get(`${base}/stories`)).body.items.map((s: { id: string }) => s.id)).not.toContain(draftId);
    expect((await coordinator.get(`${base}/stories?draft=true`)).body.items.map((s: { id: string }) => s.id)).toEqual([draftId]);
    expect((await member.get(`${base}/stories?draft=true`)).status).toBe(403);
    expect((await member.get(`${base}/stories/${draftId}`)).status).toBe(404);
    expect((await sterRep.put(`${base}/stories/${draftId}/support`, {})).status).toBe(404);
    const published = await coordinator.patch(`${base}/stories/${draftId}`, { baseVersion: 1, draft: false, tags: ['huisarts'] });
    expect(published.body).toMatchObject({ draft: false, tags: ['huisarts'], version: 2 });
    expect((await member.get(`${base}/stories/${draftId}`)).status).toBe(200);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'story.publish', objectId: draftId });
  });
});
