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

const PROFILE_EDIT = {
  baseVersion: 0,
  ...Object.fromEntries(['drivers', 'interests', 'values', 'workLogic', 'offer', 'need', 'competences', 'constituency', 'constituencyRisks'].map((f) => [f, 'Overgenomen'])),
};

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/api/networks/{networkId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}', body: { baseVersion: 1, name: 'Overgenomen' } },
  { method: 'GET', path: '/api/networks/{networkId}/members' },
  { method: 'GET', path: '/api/networks/{networkId}/audit' },
  { method: 'GET', path: '/api/networks/{networkId}/invitations' },
  { method: 'POST', path: '/api/networks/{networkId}/invitations', body: { email: 'indringer@example.test', role: 'coordinator' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/invitations/{invitationId}' },
  { method: 'GET', path: '/api/networks/{networkId}/partners' },
  { method: 'POST', path: '/api/networks/{networkId}/partners', body: { name: 'Indringer BV', sector: 'anders' } },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/partners/{partnerId}', body: { baseVersion: 1, name: 'Overgenomen BV' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/partners/{partnerId}' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/profile' },
  { method: 'PUT', path: '/api/networks/{networkId}/partners/{partnerId}/profile', body: PROFILE_EDIT },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/profile/history' },
  { method: 'GET', path: '/api/networks/{networkId}/profiles/matches' },
  { method: 'GET', path: '/api/networks/{networkId}/profiles/compare' },
  { method: 'POST', path: '/api/networks/{networkId}/partners/import', body: 'naam;sector\nIndringer BV;anders\n' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/export' },
  { method: 'GET', path: '/api/networks/{networkId}/history' },
  { method: 'POST', path: '/api/networks/{networkId}/history', body: { title: 'Indringer', outcome: 'negative', partnerIds: [crypto.randomUUID(), crypto.randomUUID()] } },
  { method: 'GET', path: '/api/networks/{networkId}/history/matrix' },
  { method: 'GET', path: '/api/networks/{networkId}/history/confirmations' },
  { method: 'GET', path: '/api/networks/{networkId}/history/{entryId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/history/{entryId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/history/{entryId}' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/history-confirmation' },
  { method: 'PUT', path: '/api/networks/{networkId}/partners/{partnerId}/history-confirmation', body: { confirmed: true } },
  { method: 'GET', path: '/api/networks/{networkId}/map' },
  { method: 'GET', path: '/api/networks/{networkId}/stage' },
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
    const otherPartnerId = await addPartner(app, networkId, 'Tweede geheime partner');
    const entry = await coordinator.post(`/api/networks/${networkId}/history`, { title: 'Geheim verleden', outcome: 'positive', partnerIds: [partnerId, otherPartnerId] });
    ids = { networkId, partnerId, invitationId: invitation.body.id, entryId: entry.body.id };
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
    const partners = await app.runtime.deps.db.selectFrom('partners').select(['name', 'version']).where('network_id', '=', ids.networkId!).execute();
    expect(partners.sort((x, y) => x.name.localeCompare(y.name))).toEqual([{ name: 'Geheime partner BV', version: 1 }, { name: 'Tweede geheime partner', version: 1 }]);
    const profiles = await app.runtime.deps.db.selectFrom('partner_profile_versions').select('id').where('network_id', '=', ids.networkId!).execute();
    expect(profiles).toEqual([]);
    const history = await app.runtime.deps.db.selectFrom('history_entries').select(['title', 'version']).where('network_id', '=', ids.networkId!).execute();
    expect(history).toEqual([{ title: 'Geheim verleden', version: 1 }]);
    const confirmations = await app.runtime.deps.db.selectFrom('history_confirmations').select('partner_id').where('network_id', '=', ids.networkId!).execute();
    expect(confirmations).toEqual([]);
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
