import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('the example network’s sessions (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = app.client();
    const res = await admin.post('/api/setup', { ...ADMIN, loadExample: true });
    expect(res.status).toBe(201);
    base = `/api/networks/${res.body.exampleNetworkId}`;
  });
  afterAll(() => app?.close());

  it('has a held session with agenda, minutes and two decisions, and the next one ahead', async () => {
    const list = await admin.get(`${base}/sessions`);
    expect(list.body.items).toHaveLength(2);
    const [next, held] = list.body.items as Array<{ id: string; heldOn: string; publishedAt: string | null }>;
    expect(next!.heldOn > held!.heldOn).toBe(true);
    expect(held!.publishedAt).not.toBeNull();
    const session = (await admin.get(`${base}/sessions/${held!.id}`)).body;
    expect(session.agenda.length).toBeGreaterThanOrEqual(3);
    expect(session.minutes).toContain('## ');
    expect(session.participants.map((p: { name: string }) => p.name)).toContain(ADMIN.name);
    expect(session.decisions.map((d: { changesNothingTomorrow: boolean }) => d.changesNothingTomorrow)).toEqual([false, true]);
    const withStep = session.decisions[0];
    expect(withStep.consequences[0]).toMatchObject({ status: 'claimed', owner: { name: 'Fatima el Amrani' }, dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('shows one decision that changes nothing tomorrow', async () => {
    const flagged = await admin.get(`${base}/decisions?changesNothing=true`);
    expect(flagged.body.items).toHaveLength(1);
    expect(flagged.body.items[0].title).toContain('LVB');
  });
});
