import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('vision (%s)', (kind) => {
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

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    ster = await addPartner(app, networkId, 'Stichting Ster', 'gehandicaptenzorg');
    await addPartner(app, networkId, 'Gemeente Noorderstad', 'gemeente');
    ggzRep = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    sterRep = await invitePerson(app, coordinator, networkId, { name: 'Sanne Ster', email: 'sanne@ster.test', role: 'representative', partnerId: ster });
    member = await invitePerson(app, coordinator, networkId, { name: 'Mo Deelnemer', email: 'mo@ggz.test', role: 'member', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  it('orders statements by the number of partners supporting them; representatives support for their partner', async () => {
    const first = await coordinator.post(`${base}/vision`, { text: 'Een jongere in crisis vertelt zijn verhaal één keer.' });
    expect(first.status).toBe(201);
    const second = await member.post(`${base}/vision`, { text: 'Binnen 24 uur heeft elke jongere een vaste regiehouder.' });
    expect(second.status).toBe(201);
    expect((await observer.post(`${base}/vision`, { text: 'Alles is goed.' })).status).toBe(403);

    let vision = await observer.get(`${base}/vision`);
    expect(vision.body.partnerCount).toBe(3);
    expect(vision.body.statements.map((s: { id: string }) => s.id)).toEqual([first.body.id, second.body.id]);

    expect((await ggzRep.put(`${base}/vision/${second.body.id}/support`, {})).body.supporters).toEqual([{ id: ggz, name: 'GGZ Noord' }]);
    expect((await sterRep.put(`${base}/vision/${second.body.id}/support`, {})).body.supporters).toHaveLength(2);
    expect((await sterRep.put(`${base}/vision/${first.body.id}/support`, {})).status).toBe(200);
    for (const client of [coordinator, member, observer]) expect((await client.put(`${base}/vision/${first.body.id}/support`, {})).status).toBe(403);
    vision = await member.get(`${base}/vision`);
    expect(vision.body.statements.map((s: { supporters: unknown[] }) => s.supporters.length)).toEqual([2, 1]);
    expect(vision.body.statements[0].id).toBe(second.body.id);

    expect((await sterRep.delete(`${base}/vision/${second.body.id}/support`)).body.supporters).toHaveLength(1);
    expect((await ggzRep.delete(`${base}/vision/${second.body.id}/support`)).body.supporters).toHaveLength(0);
    vision = await member.get(`${base}/vision`);
    expect(vision.body.statements[0].id).toBe(first.body.id);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'vision_statement.unsupport', objectId: second.body.id, details: { partnerId: ggz } });
  });

  it('rewords a statement (author or coordinator) on its version and withdraws the support given to the old words', async () => {
    const { id } = (await member.post(`${base}/vision`, { text: 'Ouders weten wie ze kunnen bellen.' })).body;
    await sterRep.put(`${base}/vision/${id}/support`, {});
    expect((await ggzRep.patch(`${base}/vision/${id}`, { baseVersion: 1, text: 'Anders' })).status).toBe(403);
    const same = await member.patch(`${base}/vision/${id}`, { baseVersion: 1, text: 'Ouders weten wie ze kunnen bellen.' });
    expect(same.body).toMatchObject({ version: 1, supporters: [{ id: ster }] });
    const reworded = await member.patch(`${base}/vision/${id}`, { baseVersion: 1, text: 'Ouders weten dag en nacht wie ze kunnen bellen.' });
    expect(reworded.body).toMatchObject({ text: 'Ouders weten dag en nacht wie ze kunnen bellen.', version: 2, supporters: [] });
    expect((await coordinator.patch(`${base}/vision/${id}`, { baseVersion: 1, text: 'Oud' })).status).toBe(409);
    expect((await ggzRep.delete(`${base}/vision/${id}`)).status).toBe(403);
    expect((await coordinator.delete(`${base}/vision/${id}`)).status).toBe(200);
    expect((await coordinator.delete(`${base}/vision/${id}`)).status).toBe(404);
  });

  it('turns a success story into a statement, linked to the story', async () => {
    const story = (await member.post(`${base}/stories`, { title: 'Sem sliep om twee uur veilig in het logeerhuis', tags: ['nachtzorg'] })).body;
    const byTitle = await ggzRep.post(`${base}/stories/${story.id}/statement`, {});
    expect(byTitle.status).toBe(201);
    expect(byTitle.body).toMatchObject({ text: 'Sem sliep om twee uur veilig in het logeerhuis', fromStory: { id: story.id, title: story.title } });
    const worded = await member.post(`${base}/stories/${story.id}/statement`, { text: 'Een logeerplek is er binnen vier uur, ook in de nacht.' });
    expect(worded.body.text).toBe('Een logeerplek is er binnen vier uur, ook in de nacht.');
    expect((await observer.post(`${base}/stories/${story.id}/statement`, {})).status).toBe(403);
    expect((await member.post(`${base}/stories/${crypto.randomUUID()}/statement`, {})).status).toBe(404);
    const viaBody = await member.post(`${base}/vision`, { text: 'Samen leren van wat werkt.', fromStoryId: crypto.randomUUID() });
    expect(viaBody.status).toBe(400);
    expect(viaBody.body.error.details[0].path).toEqual(['fromStoryId']);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items[0]).toMatchObject({ action: 'vision_statement.create', details: { fromStoryId: story.id } });
  });
});
