import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { AppError } from '../../errors.ts';
import { EXAMPLE_NETWORK, loadExampleNetwork } from './example-network.ts';
import { EXAMPLE_TASKS } from './example-tasks.ts';
import { findExampleCoordinator } from './find-example-coordinator.ts';

const PROFILE_FIELDS = ['drivers', 'interests', 'values', 'work_logic', 'offer', 'need', 'competences', 'constituency', 'constituency_risks'] as const;

describe.each(testDatabases)('the example network (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  let networkId: string;
  const db = () => app.runtime.deps.db;

  beforeAll(async () => {
    app = await startTestApp(kind);
  });
  afterAll(() => app?.close());

  it('is refused at setup when loadExample is not a boolean, without writing', async () => {
    const res = await app.client().post('/api/setup', { ...ADMIN, loadExample: 'ja' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toEqual(['loadExample']);
    expect(await db().selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('loads at setup, with the administrator as its coordinator', async () => {
    admin = app.client();
    const res = await admin.post('/api/setup', { ...ADMIN, loadExample: true });
    expect(res.status).toBe(201);
    networkId = res.body.exampleNetworkId;
    expect(networkId).toMatch(/^[0-9a-f-]{36}$/);
    const network = await admin.get(`/api/networks/${networkId}`);
    expect(network.body).toMatchObject({ name: EXAMPLE_NETWORK.name, myRole: 'coordinator', memberCount: 21, partnerCount: 10 });
    const audit = await db().selectFrom('audit_events').select(['action', 'details']).where('network_id', '=', networkId).execute();
    expect(audit).toEqual([{ action: 'network.create', details: { name: EXAMPLE_NETWORK.name, example: true, partners: 10, historyEntries: 9 } }]);
  });

  it('has ten partners across sectors, each with a complete first profile', async () => {
    const partners = await db().selectFrom('partners').selectAll().where('network_id', '=', networkId).execute();
    expect(partners).toHaveLength(10);
    expect(new Set(partners.map((p) => p.sector)).size).toBeGreaterThanOrEqual(8);
    for (const p of partners) expect(p.description.length).toBeGreaterThan(20);
    const profiles = await db().selectFrom('partner_profile_versions').selectAll().where('network_id', '=', networkId).execute();
    expect(profiles).toHaveLength(10);
    for (const profile of profiles) {
      expect(profile.version).toBe(1);
      for (const field of PROFILE_FIELDS) expect(profile[field].trim(), `${field} of ${profile.partner_id}`).not.toBe('');
      expect(profile.offer.split('\n').length).toBeGreaterThanOrEqual(3);
    }
    // "What can I do for you?": offers answer needs of others, word for word.
    const offers = new Set(profiles.flatMap((p) => p.offer.split('\n')));
    const answered = profiles.flatMap((p) => p.need.split('\n')).filter((need) => offers.has(need));
    expect(answered.length).toBeGreaterThanOrEqual(15);
  });

  it('has shared history with mixed outcomes, confirmed by most partners, and a bumped map revision', async () => {
    const entries = await db().selectFrom('history_entries').selectAll().where('network_id', '=', networkId).execute();
    expect(entries.length).toBeGreaterThanOrEqual(8);
    expect(new Set(entries.map((e) => e.outcome))).toEqual(new Set(['positive', 'mixed', 'negative']));
    for (const entry of entries) expect(entry.started_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const links = await db().selectFrom('history_entry_partners').select(['entry_id', 'partner_id']).where('network_id', '=', networkId).execute();
    for (const entry of entries) expect(links.filter((l) => l.entry_id === entry.id).length).toBeGreaterThanOrEqual(2);
    const confirmations = await db().selectFrom('history_confirmations').select('partner_id').where('network_id', '=', networkId).execute();
    expect(confirmations.length).toBeGreaterThanOrEqual(6);
    expect(confirmations.length).toBeLessThan(10);
    const network = await db().selectFrom('networks').select('map_revision').where('id', '=', networkId).executeTakeFirstOrThrow();
    expect(network.map_revision).toBeGreaterThan(0);
  });

  it('has a task division with exactly one accountable partner per task', async () => {
    const tasks = await admin.get(`/api/networks/${networkId}/tasks?limit=200`);
    expect(tasks.body.items).toHaveLength(EXAMPLE_TASKS.length);
    for (const task of tasks.body.items) expect(task.assignments.filter((a: { letter: string }) => a.letter === 'A')).toHaveLength(1);
    const stage = await admin.get(`/api/networks/${networkId}/stage`);
    const criterion = stage.body.stages.flatMap((s: { criteria: { key: string; met: boolean }[] }) => s.criteria).find((c: { key: string }) => c.key === 'tasks.oneAccountable');
    expect(criterion.met).toBe(true);
  });

  it('has an availability schedule with one single point of failure and one visible gap', async () => {
    const capabilities = (await admin.get(`/api/networks/${networkId}/capabilities`)).body.items as { id: string; name: string }[];
    expect(capabilities.map((c) => c.name)).toEqual(['Crisisopvang (bed)', 'GGZ-crisisbeoordeling', 'LVB-expertise']);
    const week = async (name: string) =>
      (await admin.get(`/api/networks/${networkId}/coverage?capability=${capabilities.find((c) => c.name === name)!.id}&from=2027-03-01&to=2027-03-08`)).body;
    const assessment = await week('GGZ-crisisbeoordeling');
    expect(assessment.gaps).toEqual([]);
    expect(new Set(assessment.singlePointsOfFailure.map((s: { partner: { name: string } }) => s.partner.name))).toEqual(new Set(['GGZ Noord']));
    const expertise = await week('LVB-expertise');
    expect(expertise.gaps).toEqual([{ from: '2027-03-07T10:00:00.000+01:00', to: '2027-03-07T18:00:00.000+01:00', have: 0, need: 1 }]);
    const beds = await week('Crisisopvang (bed)');
    expect(beds).toMatchObject({ coveredShare: 1, gaps: [], singlePointsOfFailure: [] });
  });

  it('loads again for a chosen account (the demo command), and says clearly when there is nobody', async () => {
    const deps = app.runtime.deps;
    const coordinator = await findExampleCoordinator(deps);
    expect(coordinator.email).toBe(ADMIN.email);
    expect((await findExampleCoordinator(deps, { email: ADMIN.email.toUpperCase() })).id).toBe(coordinator.id);
    await expect(findExampleCoordinator(deps, { email: 'niemand@ketenregie.test' })).rejects.toThrow(AppError);
    const second = await loadExampleNetwork(deps, { actor: { userId: coordinator.id, ip: null } });
    expect(second).toMatchObject({ name: EXAMPLE_NETWORK.name, partners: 10, historyEntries: 9 });
    expect(second.networkId).not.toBe(networkId);
  });
});
