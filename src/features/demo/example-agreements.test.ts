import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { ADMIN } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';
import { coversCoreQuestions } from '../../domain/ground-rules.ts';

describe.each(testDatabases)('the example agreements (%s)', (kind) => {
  let app: TestApp;
  let admin: TestClient;
  let base: string;
  let stageBase: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    admin = app.client();
    const res = await admin.post('/api/setup', { ...ADMIN, loadExample: true });
    expect(res.status).toBe(201);
    stageBase = `/api/networks/${res.body.exampleNetworkId}`;
    base = `${stageBase}/agreements`;
  });
  afterAll(() => app?.close());

  const byKind = async (k: string) => (await admin.get(`${base}?kind=${k}`)).body.items[0];
  const criterion = (body: any, key: string) => body.stages.flatMap((s: any) => s.criteria).find((c: any) => c.key === key);

  it('has ground rules in force for all ten partners that answer the four core questions', async () => {
    const rules = await byKind('ground_rules');
    expect(rules).toMatchObject({ status: 'in_force', allPartners: true, versionInForce: 2, reviewOverdue: false });
    expect(rules.parties).toHaveLength(10);
    const text = (await admin.get(`${base}/${rules.id}/versions/2`)).body.body;
    expect(coversCoreQuestions(text)).toBe(true);
    expect(coversCoreQuestions((await admin.get(`${base}/${rules.id}/versions/1`)).body.body)).toBe(false);
    const ratifications = (await admin.get(`${base}/${rules.id}/ratifications`)).body;
    // Each partner consented through its own representative, not through the coordinator.
    const members = (await admin.get(`${stageBase}/members`)).body.items as Array<{ userId: string; role: string; partner: { id: string } | null }>;
    const speaksFor = (userId: string, partnerId: string) => members.some((m) => m.userId === userId && m.role === 'representative' && m.partner?.id === partnerId);
    expect(ratifications.parties.every((p: any) => p.inForce.decision === 'consent' && speaksFor(p.inForce.decidedBy.id, p.partner.id))).toBe(true);
    expect(ratifications.parties.some((p: any) => p.inForce.decidedBy.name === ADMIN.name)).toBe(false);
    const stage = (await admin.get(`${stageBase}/stage`)).body;
    for (const key of ['groundRules.inForce', 'groundRules.coverCoreQuestions', 'groundRules.ratifiedByAll']) expect(criterion(stage, key).met).toBe(true);
  });

  it('has an information-sharing proposal held back by one objection with its reason', async () => {
    const info = await byKind('information_sharing');
    expect(info).toMatchObject({ status: 'proposed', proposal: { version: 1, consented: 3, objections: 1, waiting: 2 } });
    const ratifications = (await admin.get(`${base}/${info.id}/ratifications`)).body;
    const objection = ratifications.parties.find((p: any) => p.proposed.decision === 'objection');
    expect(objection.partner.name).toMatch(/Huisarts/);
    expect(objection.proposed.reason).toContain('toestemming');
  });

  it('has an escalation agreement in force whose review date has passed', async () => {
    const escalation = await byKind('escalation');
    expect(escalation).toMatchObject({ status: 'in_force', reviewOn: '2026-09-01', reviewOverdue: true });
    const stage = (await admin.get(`${stageBase}/stage`)).body;
    expect(criterion(stage, 'agreements.reviewDateAhead').missing).toEqual([{ id: escalation.id, name: escalation.title }]);
  });
});
