import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './helpers/databases.ts';
import { addPartner, createNetwork, invitePerson, setUpAdmin } from './helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * The cross-network access table: every `/api/networks/{networkId}/…` route, called by a
 * person who holds a role in another network (404, no data) and by an anonymous caller (401).
 * Every new network route must be added here; the last test fails when one is missing.
 */
interface RouteCase {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string; // OpenAPI path with {networkId} and other placeholders
  body?: unknown;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/networks/{networkId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}', body: { baseVersion: 1, name: 'Overgenomen' } },
  { method: 'GET', path: '/api/networks/{networkId}/members' },
  { method: 'GET', path: '/api/networks/{networkId}/audit' },
  { method: 'GET', path: '/api/networks/{networkId}/invitations' },
  { method: 'POST', path: '/api/networks/{networkId}/invitations', body: { email: 'indringer@example.test', role: 'coordinator' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/invitations/{invitationId}' },
];

describe.each(testDatabases)('cross-network access (%s)', (kind) => {
  let app: TestApp;
  let outsider: TestClient;
  let ids: Record<string, string>;
  let secretNames: string[];

  beforeAll(async () => {
    app = await startTestApp(kind);
    const coordinator = await setUpAdmin(app);
    const networkId = await createNetwork(coordinator, 'Geheim netwerk Zuid');
    const partnerId = await addPartner(app, networkId, 'Geheime partner BV');
    const invitation = await coordinator.post(`/api/networks/${networkId}/invitations`, { email: 'geheim@zuid.test', role: 'member' });
    ids = { networkId, partnerId, invitationId: invitation.body.id };
    secretNames = ['Geheim netwerk Zuid', 'Geheime partner BV', 'geheim@zuid.test'];
    outsider = await invitePerson(app, coordinator, await createNetwork(coordinator, 'Ander netwerk'), {
      name: 'Otto Buitenstaander',
      email: 'otto@elders.test',
      role: 'coordinator',
    });
  });
  afterAll(() => app?.close());

  const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? crypto.randomUUID());

  it.each(ROUTES.map((r) => [`${r.method} ${r.path}`, r] as const))('%s: 404 for another network, 401 anonymous', async (_name, route) => {
    const path = fill(route.path);
    const fromOutsider = await outsider.request(route.method, path, route.body);
    expect(fromOutsider.status).toBe(404);
    expect(fromOutsider.body.error.code).toBe('not_found');
    const anonymous = await app.client().request(route.method, path, route.body);
    expect(anonymous.status).toBe(401);
    for (const res of [fromOutsider, anonymous]) {
      for (const secret of secretNames) expect(JSON.stringify(res.body)).not.toContain(secret);
    }
  });

  it('answers a network id that does not exist the same way as one the caller has no role in', async () => {
    const res = await outsider.get(`/api/networks/${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect((await outsider.get('/api/networks/not-a-uuid')).status).toBe(404);
  });

  it('left nothing changed in the network', async () => {
    const network = await app.runtime.deps.db.selectFrom('networks').select(['name', 'version']).where('id', '=', ids.networkId!).executeTakeFirstOrThrow();
    expect(network).toEqual({ name: 'Geheim netwerk Zuid', version: 1 });
    const invitations = await app.runtime.deps.db.selectFrom('invitations').select(['email', 'revoked_at']).where('network_id', '=', ids.networkId!).execute();
    expect(invitations).toEqual([{ email: 'geheim@zuid.test', revoked_at: null }]);
  });

  it('covers every network route in the OpenAPI document', async () => {
    const doc = (await app.client().get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/networks/{networkId}'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const tested = ROUTES.map((r) => `${r.method} ${r.path}`);
    expect(documented.filter((r) => !tested.includes(r))).toEqual([]);
  });
});
