import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { EXAMPLE_DIFFERENCES, EXAMPLE_STORIES, EXAMPLE_VISION } from './example-dialogue.ts';

describe.each(testDatabases)('the example network’s dialogue (%s)', (kind) => {
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

  it('has success stories with partners, tags and support, newest told first', async () => {
    const stories = (await admin.get(`${base}/stories`)).body.items;
    expect(stories.map((s: { title: string }) => s.title)).toEqual(EXAMPLE_STORIES.map((s) => s.title).reverse());
    for (const story of stories) {
      expect(story.partners.length).toBeGreaterThanOrEqual(2);
      expect(story.tags.length).toBeGreaterThanOrEqual(2);
      expect(story.supporters.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has a vision of five statements ordered by support, three grown from stories', async () => {
    const vision = (await admin.get(`${base}/vision`)).body;
    expect(vision.partnerCount).toBe(10);
    expect(vision.statements).toHaveLength(EXAMPLE_VISION.length);
    const counts = vision.statements.map((s: { supporters: unknown[] }) => s.supporters.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(vision.statements.filter((s: { fromStory: unknown }) => s.fromStory !== null)).toHaveLength(3);
  });

  it('has one difference of each kind at different statuses, one discussed, with views and history', async () => {
    const differences = (await admin.get(`${base}/differences`)).body.items as Array<{ id: string; kind: string; status: string }>;
    expect(new Set(differences.map((d) => d.kind))).toEqual(new Set(['values', 'interests', 'work_logic', 'practice']));
    expect(differences.map((d) => d.status).sort()).toEqual(EXAMPLE_DIFFERENCES.map((d) => d.status).sort());
    expect(differences.filter((d) => d.status === 'discussed')).toHaveLength(1);
    const accepted = (await admin.get(`${base}/differences/${differences.find((d) => d.status === 'accepted')!.id}`)).body;
    expect(accepted.history.map((h: { to: string }) => h.to)).toEqual(['named', 'explored', 'discussed', 'accepted']);
    expect(accepted.partners.every((p: { view: string }) => p.view.length > 10)).toBe(true);
    // Every view written is its partner's own representative's: no view without an author.
    const members = (await admin.get(`${base}/members`)).body.items as Array<{ userId: string; role: string; partner: { id: string } | null }>;
    for (const difference of differences) {
      const detail = (await admin.get(`${base}/differences/${difference.id}`)).body;
      for (const party of detail.partners as Array<{ id: string; view: string; viewUpdatedBy: { id: string } | null }>) {
        if (party.view === '') continue;
        expect(members.some((m) => m.userId === party.viewUpdatedBy?.id && m.role === 'representative' && m.partner?.id === party.id)).toBe(true);
      }
    }
  });

  it('has the default value map with claims for all ten partners', async () => {
    const map = (await admin.get(`${base}/value-map`)).body;
    expect(map.dimensions).toHaveLength(7);
    expect(map.partners).toHaveLength(10);
    for (const row of map.partners) expect(row.claims).toHaveLength(7);
    // The example's last closed round gives the perceived value beside the claims.
    expect(map.round).not.toBeNull();
    expect(map.partners.filter((p: { perceived: { value: number | null } | null }) => p.perceived?.value != null).length).toBeGreaterThan(5);
  });
});
