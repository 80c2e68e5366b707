import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { inTransaction } from '../../db/transaction.ts';
import { coordinatorsOf, notify, representativesOf } from './notify.ts';

describe.each(testDatabases)('notifications (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let representative: TestClient;
  let networkId: string;
  let ggz: string;
  let coordinatorId: string;
  let representativeId: string;

  const notice = (n: number) => ({
    kind: 'test.event',
    params: { title: `Gebeurtenis ${n}` },
    link: `/networks/${networkId}`,
    mail: (language: 'nl' | 'en') =>
      language === 'nl' ? { subject: `Melding ${n}`, lines: [`Er is iets gebeurd (${n}).`], action: 'Bekijk het' } : { subject: `Notice ${n}`, lines: [`Something happened (${n}).`], action: 'View it' },
  });
  const send = (userIds: string[], n: number, except?: string) =>
    inTransaction(app.runtime.deps.db, (tx) => notify(tx, app.runtime.deps, networkId, userIds, notice(n), except));

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    representative = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    coordinatorId = (await coordinator.get('/api/me')).body.user.id;
    representativeId = (await representative.get('/api/me')).body.user.id;
  });
  afterAll(() => app?.close());

  it('finds the representatives of partners and the coordinators', async () => {
    const db = app.runtime.deps.db;
    expect(await representativesOf(db, networkId, [ggz])).toEqual([representativeId]);
    expect(await representativesOf(db, networkId, [])).toEqual([]);
    expect(await coordinatorsOf(db, networkId)).toEqual([coordinatorId]);
  });

  it('notifies each person once in the app and queues their mail, skipping the actor', async () => {
    expect(await send([representativeId, representativeId, coordinatorId], 1, coordinatorId)).toBe(1);
    const mine = await representative.get('/api/me/notifications');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ unread: 1, nextCursor: null });
    expect(mine.body.items).toEqual([
      expect.objectContaining({ networkId, kind: 'test.event', params: { title: 'Gebeurtenis 1' }, link: `/networks/${networkId}`, read: false, networkName: 'Crisisroute Jeugd Regio Noord' }),
    ]);
    expect((await coordinator.get('/api/me/notifications')).body.items).toEqual([]);
    // An unknown kind is information: it waits for the daily digest, in the network's language.
    const queued = await app.runtime.deps.db.selectFrom('notification_mail_items').select(['user_id', 'subject', 'delivery', 'language', 'lines']).where('kind', '=', 'test.event').execute();
    expect(queued).toEqual([{ user_id: representativeId, subject: 'Melding 1', delivery: 'daily', language: 'nl', lines: ['Er is iets gebeurd (1).'] }]);
  });

  it('writes nothing when the transaction fails', async () => {
    await expect(
      inTransaction(app.runtime.deps.db, async (tx) => {
        await notify(tx, app.runtime.deps, networkId, [representativeId], notice(99));
        throw new Error('afgebroken');
      }),
    ).rejects.toThrow('afgebroken');
    const mail = await app.runtime.deps.db.selectFrom('notification_mail_items').select('id').where('subject', '=', 'Melding 99').execute();
    expect(mail).toEqual([]);
    expect((await representative.get('/api/me/notifications')).body.unread).toBe(1);
  });

  it('marks one read, refuses another person’s, and marks all read', async () => {
    await send([representativeId], 2);
    await send([representativeId], 3);
    const list = await representative.get('/api/me/notifications?limit=2');
    expect(list.body.items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['Gebeurtenis 3', 'Gebeurtenis 2']);
    expect(list.body.unread).toBe(3);
    const next = await representative.get(`/api/me/notifications?limit=2&cursor=${list.body.nextCursor}`);
    expect(next.body.items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['Gebeurtenis 1']);
    const newest = list.body.items[0].id;
    expect((await coordinator.post(`/api/me/notifications/${newest}/read`)).status).toBe(404);
    expect((await representative.post(`/api/me/notifications/${newest}/read`)).status).toBe(204);
    expect((await representative.post(`/api/me/notifications/${newest}/read`)).status).toBe(204);
    const unread = await representative.get('/api/me/notifications?unread=true');
    expect(unread.body.items.map((n: { params: { title: string } }) => n.params.title)).toEqual(['Gebeurtenis 2', 'Gebeurtenis 1']);
    expect((await representative.post('/api/me/notifications/read-all')).body).toEqual({ marked: 2 });
    expect((await representative.get('/api/me/notifications')).body.unread).toBe(0);
  });

  it('validates input and requires a signed-in person', async () => {
    expect((await representative.post('/api/me/notifications/not-a-uuid/read')).status).toBe(400);
    expect((await representative.get('/api/me/notifications?limit=0')).status).toBe(400);
    expect((await app.client().get('/api/me/notifications')).status).toBe(401);
    expect((await app.client().post('/api/me/notifications/read-all')).status).toBe(401);
  });

  it('hides notifications of a network the person no longer belongs to', async () => {
    await send([representativeId], 4);
    await app.runtime.deps.db.deleteFrom('network_members').where('user_id', '=', representativeId).where('network_id', '=', networkId).execute();
    const list = await representative.get('/api/me/notifications');
    expect(list.body).toMatchObject({ items: [], unread: 0 });
  });
});
