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
  { method: 'GET', path: '/api/networks/{networkId}/sso-links' },
  { method: 'POST', path: '/api/networks/{networkId}/sso-links', body: { providerId: crypto.randomUUID(), partnerId: crypto.randomUUID(), rules: [], defaultRole: 'member', requiresApproval: false } },
  { method: 'PATCH', path: '/api/networks/{networkId}/sso-links/{linkId}', body: { rules: [], defaultRole: 'representative', requiresApproval: false } },
  { method: 'DELETE', path: '/api/networks/{networkId}/sso-links/{linkId}' },
  { method: 'POST', path: '/api/networks/{networkId}/sso-pending/{pendingId}', body: { approve: true } },
  { method: 'POST', path: '/api/networks/{networkId}/members/{userId}/handover', body: { successorEmail: 'indringer@example.test', leaverBecomes: 'leaves' } },
  { method: 'GET', path: '/api/networks/{networkId}/partners' },
  { method: 'POST', path: '/api/networks/{networkId}/partners', body: { name: 'Indringer BV', sector: 'anders' } },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/partners/{partnerId}', body: { baseVersion: 1, name: 'Overgenomen BV' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/partners/{partnerId}' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/profile' },
  { method: 'PUT', path: '/api/networks/{networkId}/partners/{partnerId}/profile', body: PROFILE_EDIT },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/profile/history' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/{partnerId}/profile/diff' },
  { method: 'GET', path: '/api/networks/{networkId}/profiles/matches' },
  { method: 'GET', path: '/api/networks/{networkId}/profiles/compare' },
  { method: 'POST', path: '/api/networks/{networkId}/partners/import', body: 'naam;sector\nIndringer BV;anders\n' },
  { method: 'GET', path: '/api/networks/{networkId}/partners/export' },
  { method: 'GET', path: '/api/networks/{networkId}/fhir' },
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
  { method: 'GET', path: '/api/networks/{networkId}/map/round' },
  { method: 'GET', path: '/api/networks/{networkId}/stage' },
  { method: 'GET', path: '/api/networks/{networkId}/attention' },
  { method: 'GET', path: '/api/networks/{networkId}/trends' },
  { method: 'GET', path: '/api/networks/{networkId}/signals' },
  { method: 'GET', path: '/api/networks/{networkId}/agenda' },
  { method: 'GET', path: '/api/networks/{networkId}/tasks' },
  { method: 'POST', path: '/api/networks/{networkId}/tasks', body: { title: 'Indringerstaak', assignments: [{ partnerId: crypto.randomUUID(), letter: 'A' }] } },
  { method: 'GET', path: '/api/networks/{networkId}/tasks/{taskId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/tasks/{taskId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/tasks/{taskId}' },
  { method: 'GET', path: '/api/networks/{networkId}/steps' },
  { method: 'POST', path: '/api/networks/{networkId}/steps', body: { title: 'Indringersstap', claim: true } },
  { method: 'GET', path: '/api/networks/{networkId}/steps/counts' },
  { method: 'GET', path: '/api/networks/{networkId}/steps/{stepId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/steps/{stepId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'POST', path: '/api/networks/{networkId}/steps/{stepId}/claim', body: {} },
  { method: 'POST', path: '/api/networks/{networkId}/steps/{stepId}/status', body: { to: 'done' } },
  { method: 'GET', path: '/api/networks/{networkId}/capabilities' },
  { method: 'POST', path: '/api/networks/{networkId}/capabilities', body: { name: 'Indringerscapaciteit' } },
  { method: 'PATCH', path: '/api/networks/{networkId}/capabilities/{capabilityId}', body: { name: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/capabilities/{capabilityId}' },
  { method: 'GET', path: '/api/networks/{networkId}/requirements' },
  { method: 'PUT', path: '/api/networks/{networkId}/requirements/{capabilityId}', body: { windows: null, minPartners: 5 } },
  { method: 'DELETE', path: '/api/networks/{networkId}/requirements/{capabilityId}' },
  { method: 'GET', path: '/api/networks/{networkId}/availability-slots' },
  {
    method: 'POST',
    path: '/api/networks/{networkId}/availability-slots',
    body: { capabilityId: crypto.randomUUID(), partnerId: crypto.randomUUID(), weekday: 1, start: '22:00', end: '08:00', contact: 'Indringer, 050 123 4567' },
  },
  { method: 'PATCH', path: '/api/networks/{networkId}/availability-slots/{slotId}', body: { contact: 'Indringer, 050 123 4567' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/availability-slots/{slotId}' },
  { method: 'GET', path: '/api/networks/{networkId}/availability-exceptions' },
  { method: 'POST', path: '/api/networks/{networkId}/availability-exceptions', body: { partnerId: crypto.randomUUID(), from: '2027-01-01', until: '2027-01-02', reason: 'Indringer' } },
  { method: 'PATCH', path: '/api/networks/{networkId}/availability-exceptions/{exceptionId}', body: { reason: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/availability-exceptions/{exceptionId}' },
  { method: 'GET', path: '/api/networks/{networkId}/coverage' },
  { method: 'GET', path: '/api/networks/{networkId}/available-now' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds' },
  { method: 'POST', path: '/api/networks/{networkId}/rounds', body: { title: 'Indringersronde', opensAt: '2030-01-01T09:00:00Z', closesAt: '2030-01-15T09:00:00Z' } },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/rounds/{roundId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/rounds/{roundId}' },
  { method: 'POST', path: '/api/networks/{networkId}/rounds/{roundId}/open', body: {} },
  { method: 'POST', path: '/api/networks/{networkId}/rounds/{roundId}/close', body: {} },
  { method: 'PUT', path: '/api/networks/{networkId}/rounds/{roundId}/low-response-inclusion', body: { included: true } },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/response' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/questionnaire' },
  { method: 'POST', path: '/api/networks/{networkId}/rounds/{roundId}/responses', body: { aspects: { ambition: [4, 5], interests: [3, null], relationship: [4, 4], organisation: [2, 3], process: [3, 3] }, agreements: {}, partners: {} } },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/responses/mine' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/results' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/quality' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/open-answers' },
  { method: 'POST', path: '/api/networks/{networkId}/rounds/{roundId}/open-answers/{answerId}/draft', body: {} },
  { method: 'GET', path: '/api/networks/{networkId}/sessions' },
  { method: 'POST', path: '/api/networks/{networkId}/sessions', body: { title: 'Indringersoverleg', heldOn: '2026-12-01' } },
  { method: 'GET', path: '/api/networks/{networkId}/sessions/{sessionId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/sessions/{sessionId}', body: { baseVersion: 1, minutes: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/sessions/{sessionId}' },
  { method: 'GET', path: '/api/networks/{networkId}/sessions/{sessionId}/calendar' },
  { method: 'GET', path: '/api/networks/{networkId}/rounds/{roundId}/calendar' },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}/calendar' },
  { method: 'POST', path: '/api/networks/{networkId}/sessions/{sessionId}/publish', body: { baseVersion: 1 } },
  { method: 'POST', path: '/api/networks/{networkId}/sessions/{sessionId}/agenda', body: { fromGenerated: true } },
  { method: 'PUT', path: '/api/networks/{networkId}/sessions/{sessionId}/agenda/order', body: { order: [crypto.randomUUID()] } },
  { method: 'PATCH', path: '/api/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}', body: { notes: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/sessions/{sessionId}/agenda/{itemId}' },
  { method: 'PUT', path: '/api/networks/{networkId}/sessions/{sessionId}/attendance', body: { partners: [], attendeeIds: [] } },
  { method: 'GET', path: '/api/networks/{networkId}/sessions/{sessionId}/minutes.pdf' },
  { method: 'GET', path: '/api/networks/{networkId}/report.pdf' },
  { method: 'POST', path: '/api/networks/{networkId}/sessions/{sessionId}/decisions', body: { title: 'Indringersbesluit' } },
  { method: 'GET', path: '/api/networks/{networkId}/decisions' },
  { method: 'GET', path: '/api/networks/{networkId}/decisions/{decisionId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/decisions/{decisionId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/decisions/{decisionId}' },
  { method: 'GET', path: '/api/networks/{networkId}/agreements' },
  { method: 'POST', path: '/api/networks/{networkId}/agreements', body: { kind: 'other', title: 'Indringersafspraak', body: 'Overgenomen' } },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/template' },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/agreements/{agreementId}', body: { title: 'Overgenomen' } },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}/versions' },
  { method: 'POST', path: '/api/networks/{networkId}/agreements/{agreementId}/versions', body: { baseVersion: 1, body: 'Overgenomen', changeNote: 'Indringer' } },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}/versions/{version}' },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}/diff' },
  { method: 'POST', path: '/api/networks/{networkId}/agreements/{agreementId}/propose', body: { version: 1 } },
  { method: 'GET', path: '/api/networks/{networkId}/agreements/{agreementId}/ratifications' },
  { method: 'POST', path: '/api/networks/{networkId}/agreements/{agreementId}/ratifications', body: { version: 1, decision: 'objection', reason: 'Indringer' } },
  { method: 'POST', path: '/api/networks/{networkId}/agreements/{agreementId}/end', body: { reason: 'Overgenomen' } },
  { method: 'GET', path: '/api/networks/{networkId}/differences' },
  { method: 'POST', path: '/api/networks/{networkId}/differences', body: { topic: 'Indringer', kind: 'values', partnerIds: [crypto.randomUUID()] } },
  { method: 'GET', path: '/api/networks/{networkId}/differences/{differenceId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/differences/{differenceId}', body: { baseVersion: 1, topic: 'Overgenomen' } },
  { method: 'PUT', path: '/api/networks/{networkId}/differences/{differenceId}/views/{partnerId}', body: { view: 'Overgenomen' } },
  { method: 'POST', path: '/api/networks/{networkId}/differences/{differenceId}/status', body: { to: 'explored' } },
  { method: 'GET', path: '/api/networks/{networkId}/value-map' },
  { method: 'POST', path: '/api/networks/{networkId}/value-map/dimensions', body: { name: 'Indringer' } },
  { method: 'PATCH', path: '/api/networks/{networkId}/value-map/dimensions/{dimensionId}', body: { name: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/value-map/dimensions/{dimensionId}' },
  { method: 'PUT', path: '/api/networks/{networkId}/value-map/claims/{partnerId}', body: { claims: [] } },
  { method: 'GET', path: '/api/networks/{networkId}/stories' },
  { method: 'POST', path: '/api/networks/{networkId}/stories', body: { title: 'Indringer' } },
  { method: 'GET', path: '/api/networks/{networkId}/stories/{storyId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/stories/{storyId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/stories/{storyId}' },
  { method: 'PUT', path: '/api/networks/{networkId}/stories/{storyId}/support' },
  { method: 'DELETE', path: '/api/networks/{networkId}/stories/{storyId}/support' },
  { method: 'POST', path: '/api/networks/{networkId}/stories/{storyId}/statement', body: {} },
  { method: 'GET', path: '/api/networks/{networkId}/vision' },
  { method: 'POST', path: '/api/networks/{networkId}/vision', body: { text: 'Indringer' } },
  { method: 'PATCH', path: '/api/networks/{networkId}/vision/{statementId}', body: { baseVersion: 1, text: 'Overgenomen' } },
  { method: 'DELETE', path: '/api/networks/{networkId}/vision/{statementId}' },
  { method: 'PUT', path: '/api/networks/{networkId}/vision/{statementId}/support' },
  { method: 'DELETE', path: '/api/networks/{networkId}/vision/{statementId}/support' },
  { method: 'GET', path: '/api/networks/{networkId}/requests' },
  { method: 'POST', path: '/api/networks/{networkId}/requests', body: { toPartnerId: null, title: 'Indringersverzoek' } },
  { method: 'GET', path: '/api/networks/{networkId}/requests/{requestId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/requests/{requestId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'POST', path: '/api/networks/{networkId}/requests/{requestId}/status', body: { to: 'withdrawn' } },
  { method: 'GET', path: '/api/networks/{networkId}/reciprocity' },
  { method: 'GET', path: '/api/networks/{networkId}/offers' },
  { method: 'POST', path: '/api/networks/{networkId}/offers', body: { partnerId: crypto.randomUUID(), title: 'Indringersaanbod' } },
  { method: 'GET', path: '/api/networks/{networkId}/offers/{offerId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/offers/{offerId}', body: { active: false } },
  { method: 'POST', path: '/api/networks/{networkId}/offers/{offerId}/take-up', body: {} },
  { method: 'GET', path: '/api/networks/{networkId}/goals' },
  { method: 'POST', path: '/api/networks/{networkId}/goals', body: { title: 'Indringersdoel', indicator: 'Iets', target: 1, deadline: '2030-01-01', agreedResult: 'Iets', partnerIds: [crypto.randomUUID()] } },
  { method: 'GET', path: '/api/networks/{networkId}/goals/{goalId}' },
  { method: 'PATCH', path: '/api/networks/{networkId}/goals/{goalId}', body: { baseVersion: 1, title: 'Overgenomen' } },
  { method: 'PUT', path: '/api/networks/{networkId}/goals/{goalId}/acceptance', body: { version: 1, accepted: true } },
  { method: 'GET', path: '/api/networks/{networkId}/goals/{goalId}/progress' },
  { method: 'POST', path: '/api/networks/{networkId}/goals/{goalId}/progress', body: { measuredOn: '2026-01-01', value: 1 } },
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
    const task = await coordinator.post(`/api/networks/${networkId}/tasks`, { title: 'Geheime taak', assignments: [{ partnerId, letter: 'A' }] });
    ids = { networkId, partnerId, invitationId: invitation.body.id, entryId: entry.body.id, taskId: task.body.id };
    const capability = await coordinator.post(`/api/networks/${networkId}/capabilities`, { name: 'Geheime crisisbeoordeling' });
    const slot = await coordinator.post(`/api/networks/${networkId}/availability-slots`, {
      capabilityId: capability.body.id,
      partnerId,
      weekday: 1,
      start: '22:00',
      end: '08:00',
      contact: 'Geheime dienst, 050 765 4321',
    });
    const exception = await coordinator.post(`/api/networks/${networkId}/availability-exceptions`, { partnerId, from: '2027-01-01', until: '2027-01-02', reason: 'Geheim' });
    Object.assign(ids, { capabilityId: capability.body.id, slotId: slot.body.id, exceptionId: exception.body.id });
    const agreement = await coordinator.post(`/api/networks/${networkId}/agreements`, { kind: 'ground_rules', title: 'Geheime omgangsregels', partyIds: [partnerId], body: 'Geheim' });
    Object.assign(ids, { agreementId: agreement.body.id, version: '1' });
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
    const tasks = await app.runtime.deps.db.selectFrom('tasks').select(['title', 'version']).where('network_id', '=', ids.networkId!).execute();
    expect(tasks).toEqual([{ title: 'Geheime taak', version: 1 }]);
    const agreements = await app.runtime.deps.db
      .selectFrom('agreements')
      .select(['title', 'current_version', 'proposed_version', 'ended_at'])
      .where('network_id', '=', ids.networkId!)
      .execute();
    expect(agreements).toEqual([{ title: 'Geheime omgangsregels', current_version: 1, proposed_version: null, ended_at: null }]);
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
