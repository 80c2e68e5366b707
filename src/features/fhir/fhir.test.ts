import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/databases.ts';
import { directoryIssues } from '../../../test/helpers/fhir-validation.ts';
import { ADMIN, invitePerson } from '../../../test/helpers/scenario.ts';
import { startTestApp, type TestApp, type TestClient } from '../../../test/helpers/test-app.ts';

type Entry = { fullUrl: string; resource: Record<string, any> };

describe.each(testDatabases)('the FHIR directory export (%s)', (kind) => {
  let app: TestApp;
  let coordinator: TestClient;
  let networkId: string;
  let bundle: { resourceType: string; type: string; entry: Entry[] };
  const db = () => app.runtime.deps.db;

  beforeAll(async () => {
    app = await startTestApp(kind);
    coordinator = app.client();
    const setup = await coordinator.post('/api/setup', { ...ADMIN, loadExample: true });
    expect(setup.status).toBe(201);
    networkId = setup.body.exampleNetworkId;
    const res = await coordinator.get(`/api/networks/${networkId}/fhir`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="ketenregie-fhir-directory\.json"$/);
    bundle = res.body;
  });
  afterAll(() => app?.close());

  const resources = (type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

  it('validates with zero errors against FHIR R4 and the mCSD and nl-core constraints', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(directoryIssues(bundle)).toEqual([]);
  });

  it('holds the network and every partner with its identifiers, an affiliation each, and the crisis route per partner', async () => {
    const partners = await db().selectFrom('partners').select(['id', 'name', 'ura', 'agb', 'kvk']).where('network_id', '=', networkId).execute();
    const organizations = resources('Organization');
    expect(organizations.map((o) => o.name).sort()).toEqual([...partners.map((p) => p.name), 'Crisisroute Jeugd Regio Noord'].sort());
    for (const partner of partners) {
      const org = organizations.find((o) => o.id === partner.id)!;
      const values = Object.fromEntries((org.identifier ?? []).map((i: { system: string; value: string }) => [i.system, i.value]));
      expect(values['http://fhir.nl/fhir/NamingSystem/ura']).toBe(partner.ura ?? undefined);
      expect(values['http://fhir.nl/fhir/NamingSystem/agb-z']).toBe(partner.agb ?? undefined);
      expect(values['http://fhir.nl/fhir/NamingSystem/kvk']).toBe(partner.kvk ?? undefined);
    }
    expect(resources('OrganizationAffiliation')).toHaveLength(partners.length);
    const slots = await db().selectFrom('availability_slots').select(['partner_id', 'capability_id']).where('network_id', '=', networkId).execute();
    const offered = new Set(slots.map((s) => `${s.capability_id}/${s.partner_id}`));
    const services = resources('HealthcareService');
    expect(services.length).toBeGreaterThan(0);
    expect(services.length).toBeLessThanOrEqual(offered.size);
    for (const service of services) {
      expect(service.availableTime?.length ?? 0, service.name).toBeGreaterThan(0);
      expect(service.telecom?.length ?? 0, service.name).toBeGreaterThan(0);
    }
  });

  it('carries nothing about people: no member names or e-mail addresses', async () => {
    const people = await db().selectFrom('users').select(['name', 'email']).execute();
    const text = JSON.stringify(bundle);
    for (const person of people) {
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.name);
    }
  });

  it('fails validation for a partner without a name, a wrong identifier or a dangling reference, so the validator is on', () => {
    const broken = structuredClone(bundle);
    const partner = broken.entry.find((e) => e.resource.resourceType === 'Organization' && e.resource.identifier)!.resource;
    delete partner.name;
    expect(directoryIssues(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/name is 1\.\.1 in mCSD/)]));
    const wrongType = structuredClone(bundle);
    wrongType.entry[1]!.resource.name = 42;
    expect(directoryIssues(wrongType).some((issue) => /entry\[1\]\.resource\.name: .*expected string/i.test(issue))).toBe(true);
    const wrongIdentifier = structuredClone(bundle);
    wrongIdentifier.entry.find((e) => e.resource.identifier)!.resource.identifier[0].value = '123';
    expect(directoryIssues(wrongIdentifier).some((issue) => /is not eight digits/.test(issue))).toBe(true);
    const dangling = structuredClone(bundle);
    dangling.entry = dangling.entry.filter((e) => e.resource.resourceType !== 'HealthcareService');
    expect(directoryIssues(dangling).some((issue) => /does not resolve within the Bundle/.test(issue))).toBe(true);
  });

  it('is open to every role, observers included', async () => {
    const observer = await invitePerson(app, coordinator, networkId, { name: 'Olga Observant', email: 'olga@waarnemer.test', role: 'observer' });
    const res = await observer.get(`/api/networks/${networkId}/fhir`);
    expect(res.status).toBe(200);
    expect(res.body.entry).toHaveLength(bundle.entry.length);
  });
});
