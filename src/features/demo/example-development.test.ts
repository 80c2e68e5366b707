import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

describe.each(testDatabases)('the example network’s steps, requests and goal (%s)', (kind) => {
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

  it("has steps the partners' own representatives took on, open ones, and one overdue", async () => {
    const counts = (await admin.get(`${base}/steps/counts`)).body;
    expect(counts.open).toBeGreaterThanOrEqual(3);
    expect(counts.claimed).toBeGreaterThanOrEqual(3);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    const members = (await admin.get(`${base}/members`)).body.items as Array<{ userId: string; role: string }>;
    const representatives = new Set(members.filter((m) => m.role === 'representative').map((m) => m.userId));
    const claimed = (await admin.get(`${base}/steps?status=claimed&limit=200`)).body.items as Array<{ title: string; claimedBy: { id: string; name: string } }>;
    const byRepresentatives = claimed.filter((s) => representatives.has(s.claimedBy.id));
    expect(byRepresentatives.length).toBeGreaterThanOrEqual(2);
    expect(byRepresentatives.length).toBeGreaterThan(claimed.length / 2);
    // The coordinator takes on what directing asks, such as putting a topic on the agenda.
    const mine = await admin.get('/api/me/steps?status=claimed&limit=200');
    expect(mine.body.items.map((s: { title: string }) => s.title)).toContain('Evaluatie logeerbedden Stichting Ster agenderen');
  });

  it('has offers, a request unanswered for more than 14 days and a reciprocity picture', async () => {
    expect((await admin.get(`${base}/offers`)).body.items.length).toBeGreaterThanOrEqual(4);
    const open = await admin.get(`${base}/requests?status=open`);
    expect(open.body.items.some((r: { unansweredLong: boolean }) => r.unansweredLong)).toBe(true);
    const reciprocity = (await admin.get(`${base}/reciprocity`)).body.items as Array<{ partnerName: string; given: number; received: number }>;
    expect(reciprocity.reduce((n, p) => n + p.given, 0)).toBe(7);
    expect(reciprocity.find((p) => p.partnerName === 'GGZ Noord')).toMatchObject({ given: 3, received: 2 });
  });

  it('has a goal with an agreed result, acceptances and progress values', async () => {
    const goals = (await admin.get(`${base}/goals`)).body.items;
    const goal = goals.find((g: { title: string }) => g.title === 'Binnen 24 uur een passende plek');
    expect(goal.shared).toBe(false);
    expect(goal.partners.filter((p: { accepted: boolean }) => p.accepted)).toHaveLength(4);
    expect(goal.latest.value).toBe(73);
    expect((await admin.get(`${base}/goals/${goal.id}/progress`)).body.items).toHaveLength(4);
    const serving = await admin.get(`${base}/steps?servesKind=goal&servesId=${goal.id}`);
    expect(serving.body.items).toHaveLength(2);
  });
});
