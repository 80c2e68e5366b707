import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('task division (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let representative: TestClient;
  let observer: TestClient;
  let base: string;
  let networkId: string;
  let ggz: string;
  let lvb: string;
  let wijkteam: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = await setUpAdmin(app);
    networkId = await createNetwork(coordinator);
    base = `/api/networks/${networkId}`;
    ggz = await addPartner(app, networkId, 'GGZ Noord', 'ggz');
    lvb = await addPartner(app, networkId, 'LVB Zorg Noord', 'gehandicaptenzorg');
    wijkteam = await addPartner(app, networkId, 'Wijkteam Centrum', 'wijkteam');
    representative = await invitePerson(app, coordinator, networkId, { name: 'Gert GGZ', email: 'gert@ggz.test', role: 'representative', partnerId: ggz });
    observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Toehoorder', email: 'olga@provincie.test', role: 'observer' });
  });
  afterAll(() => app?.close());

  const assessment = async () => (await coordinator.get(`${base}/stage`)).body as { stages: { criteria: { key: string; met: boolean; missing: { id: string }[]; link: string | null }[] }[] };
  const tasksCriterion = async () => (await assessment()).stages.flatMap((s) => s.criteria).find((c) => c.key === 'tasks.oneAccountable')!;

  it('adds a task with one accountable partner, shows it to every role and audits it', async () => {
    const created = await coordinator.post(`${base}/tasks`, {
      title: 'Crisisbeoordeling binnen 4 uur',
      description: 'Na een melding bij de crisisdienst',
      assignments: [
        { partnerId: ggz, letter: 'A' },
        { partnerId: lvb, letter: 'C' },
        { partnerId: wijkteam, letter: 'I' },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Crisisbeoordeling binnen 4 uur', accountable: { id: ggz, name: 'GGZ Noord' }, version: 1, agreement: null });
    expect(created.body.assignments.map((a: { letter: string }) => a.letter).sort()).toEqual(['A', 'C', 'I']);
    const list = await observer.get(`${base}/tasks`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
    const audit = await coordinator.get(`${base}/audit`);
    expect(audit.body.items.some((e: { action: string; objectId: string }) => e.action === 'task.create' && e.objectId === created.body.id)).toBe(true);
  });

  it('refuses a task without an accountable partner, with two, or with a letter twice for one partner, writing nothing', async () => {
    const count = async () => (await coordinator.get(`${base}/tasks`)).body.items.length;
    const before = await count();
    const none = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', assignments: [{ partnerId: ggz, letter: 'R' }] });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/exactly one accountable/);
    const two = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', assignments: [{ partnerId: ggz, letter: 'A' }, { partnerId: lvb, letter: 'A' }] });
    expect(two.status).toBe(400);
    const twice = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', assignments: [{ partnerId: ggz, letter: 'A' }, { partnerId: ggz, letter: 'R' }] });
    expect(twice.status).toBe(400);
    const stranger = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', assignments: [{ partnerId: crypto.randomUUID(), letter: 'A' }] });
    expect(stranger.status).toBe(400);
    const badLetter = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', assignments: [{ partnerId: ggz, letter: 'X' }] });
    expect(badLetter.status).toBe(400);
    const unknownField = await coordinator.post(`${base}/tasks`, { title: 'Nazorg', owner: 'iemand', assignments: [{ partnerId: ggz, letter: 'A' }] });
    expect(unknownField.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('lets only the coordinator write tasks', async () => {
    const body = { title: 'Opvang', assignments: [{ partnerId: ggz, letter: 'A' }] };
    expect((await representative.post(`${base}/tasks`, body)).status).toBe(403);
    expect((await observer.post(`${base}/tasks`, body)).status).toBe(403);
    const task = (await coordinator.get(`${base}/tasks`)).body.items[0];
    expect((await representative.patch(`${base}/tasks/${task.id}`, { baseVersion: task.version, title: 'Anders' })).status).toBe(403);
    expect((await representative.delete(`${base}/tasks/${task.id}`)).status).toBe(403);
  });

  it('changes letters with baseVersion, answers a stale one with 409 and the current task', async () => {
    const task = (await coordinator.get(`${base}/tasks`)).body.items[0];
    const changed = await coordinator.patch(`${base}/tasks/${task.id}`, {
      baseVersion: task.version,
      assignments: [
        { partnerId: lvb, letter: 'A' },
        { partnerId: ggz, letter: 'R' },
      ],
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: task.version + 1, accountable: { id: lvb } });
    expect(changed.body.assignments).toHaveLength(2);
    const stale = await coordinator.patch(`${base}/tasks/${task.id}`, { baseVersion: task.version, title: 'Te laat' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ id: task.id, version: task.version + 1 });
    const invalidChange = await coordinator.patch(`${base}/tasks/${task.id}`, { baseVersion: task.version + 1, assignments: [{ partnerId: lvb, letter: 'R' }] });
    expect(invalidChange.status).toBe(400);
    expect((await coordinator.get(`${base}/tasks/${task.id}`)).body.accountable.id).toBe(lvb);
  });

  it('counts for the stage assessment: a task whose accountable partner left the network has none', async () => {
    expect(await tasksCriterion()).toMatchObject({ met: true, missing: [] });
    const temporary = await addPartner(app, networkId, 'Tijdelijke Opvang BV', 'jeugdhulp');
    const task = await coordinator.post(`${base}/tasks`, { title: 'Bed binnen 24 uur', assignments: [{ partnerId: temporary, letter: 'A' }, { partnerId: ggz, letter: 'R' }] });
    expect((await coordinator.delete(`${base}/partners/${temporary}`)).status).toBe(200);
    const criterion = await tasksCriterion();
    expect(criterion.met).toBe(false);
    expect(criterion.missing.map((m) => m.id)).toEqual([task.body.id]);
    expect(criterion.link).toBe(`/networks/${networkId}/tasks`);
    expect((await coordinator.get(`${base}/tasks/${task.body.id}`)).body.accountable).toBeNull();
  });

  it('deletes a task with its letters', async () => {
    const task = await coordinator.post(`${base}/tasks`, { title: 'Tijdelijk', assignments: [{ partnerId: ggz, letter: 'A' }] });
    expect((await coordinator.delete(`${base}/tasks/${task.body.id}`)).status).toBe(204);
    expect((await coordinator.get(`${base}/tasks/${task.body.id}`)).status).toBe(404);
    const letters = await app.runtime.deps.db.selectFrom('task_assignments').select('partner_id').where('task_id', '=', task.body.id).execute();
    expect(letters).toEqual([]);
  });

  it('pages through the tasks in the order they were added', async () => {
    const all = (await coordinator.get(`${base}/tasks?limit=200`)).body.items.map((t: { id: string }) => t.id);
    const first = await coordinator.get(`${base}/tasks?limit=1`);
    expect(first.body.items.map((t: { id: string }) => t.id)).toEqual(all.slice(0, 1));
    const second = await coordinator.get(`${base}/tasks?limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((t: { id: string }) => t.id)).toEqual(all.slice(1, 2));
  });
});
