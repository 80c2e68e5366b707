import { describe, expect, it } from 'vitest';
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import { contactPoint, derivedUuid, directoryBundle, slotTimes, type DirectoryInput } from './fhir-directory.ts';
import { SECTOR_DUTCH_NAMES } from './sectors.ts';

const NETWORK = { id: '0d7c6c1e-5b0a-4c43-9d38-5f3a0b9a7e01', name: 'Crisisroute Jeugd' };
const GGZ = { id: '1b0c1b47-4a55-4f70-8c8e-2f6d9f4e2a11', name: 'GGZ Noord', sector: 'ggz' as const, kvk: '41987654', agb: '22012345', ura: null, website: 'https://ggznoord.example' };
const GEMEENTE = { id: '2c1d2c58-5b66-4071-9d9f-3a7e0a5f3b22', name: 'Gemeente Noorderstad', sector: 'gemeente' as const, kvk: null, agb: null, ura: null, website: null };
const CRISIS = { id: '3d2e3d69-6c77-4182-8eaf-4b8f1b6a4c33', name: 'Crisisbeoordeling', description: 'Binnen twee uur ter plaatse', escalation: 'Bel de dienstdoende psychiater' };

const input = (over: Partial<DirectoryInput> = {}): DirectoryInput => ({
  network: NETWORK,
  partners: [GGZ, GEMEENTE],
  capabilities: [CRISIS],
  slots: [
    { partnerId: GGZ.id, capabilityId: CRISIS.id, weekday: 1, start: '08:00', end: '17:00', validFrom: null, validUntil: null, contact: 'Crisisdienst, 050 123 4567' },
    { partnerId: GGZ.id, capabilityId: CRISIS.id, weekday: 2, start: '08:00', end: '17:00', validFrom: null, validUntil: null, contact: 'Crisisdienst, 050 123 4567' },
    { partnerId: GGZ.id, capabilityId: CRISIS.id, weekday: 7, start: '22:00', end: '08:00', validFrom: null, validUntil: null, contact: 'nacht@ggznoord.example' },
  ],
  exceptions: [
    { partnerId: GGZ.id, capabilityId: null, from: '2026-12-24', until: '2026-12-26', reason: 'Kerst' },
    { partnerId: GGZ.id, capabilityId: CRISIS.id, from: '2026-01-01', until: '2026-01-02', reason: 'Voorbij' },
  ],
  today: '2026-12-07',
  timestamp: '2026-12-07T09:00:00.000Z',
  ...over,
});

describe('the FHIR directory', () => {
  it('turns a slot into availableTime, splitting one that runs past midnight (Sunday night into Monday)', () => {
    expect(slotTimes({ weekday: 3, start: '09:00', end: '12:30' })).toEqual([{ daysOfWeek: ['wed'], availableStartTime: '09:00:00', availableEndTime: '12:30:00' }]);
    expect(slotTimes({ weekday: 7, start: '22:00', end: '08:00' })).toEqual([
      { daysOfWeek: ['sun'], availableStartTime: '22:00:00', availableEndTime: '23:59:59' },
      { daysOfWeek: ['mon'], availableStartTime: '00:00:00', availableEndTime: '08:00:00' },
    ]);
    expect(slotTimes({ weekday: 5, start: '17:00', end: '00:00' })).toEqual([{ daysOfWeek: ['fri'], availableStartTime: '17:00:00', availableEndTime: '23:59:59' }]);
  });

  it('reads the phone number, address or link out of a contact route as written', () => {
    expect(contactPoint('Crisisdienst, 050 123 4567')).toEqual({ system: 'phone', value: '050 123 4567', use: 'work' });
    expect(contactPoint('+31 50 123 45 67 (dienstdoende)')).toEqual({ system: 'phone', value: '+31 50 123 45 67', use: 'work' });
    expect(contactPoint('Mail crisis@ggznoord.example')).toEqual({ system: 'email', value: 'crisis@ggznoord.example', use: 'work' });
    expect(contactPoint('via https://ggznoord.example/crisis')).toEqual({ system: 'url', value: 'https://ggznoord.example/crisis', use: 'work' });
    expect(contactPoint('Portier hoofdgebouw')).toEqual({ system: 'other', value: 'Portier hoofdgebouw', use: 'work' });
  });

  it('derives stable version-5-shaped UUIDs', () => {
    expect(derivedUuid('a', 'b')).toBe(derivedUuid('a', 'b'));
    expect(derivedUuid('a', 'b')).not.toBe(derivedUuid('b', 'a'));
    expect(derivedUuid('a', 'b')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('holds the network, each partner with its identifiers, an affiliation per partner and a service per capability offered', () => {
    const bundle = directoryBundle(input()) as { entry: { fullUrl: string; resource: Record<string, any> }[] };
    const kinds = bundle.entry.map((e) => `${e.resource.resourceType}:${e.resource.name ?? e.resource.participatingOrganization?.display}`);
    expect(kinds).toEqual([
      'Organization:Crisisroute Jeugd',
      'Organization:GGZ Noord',
      'Organization:Gemeente Noorderstad',
      'OrganizationAffiliation:GGZ Noord',
      'OrganizationAffiliation:Gemeente Noorderstad',
      'HealthcareService:Crisisbeoordeling',
    ]);
    const ggz = bundle.entry[1]!.resource;
    expect(ggz.identifier).toEqual([
      { use: 'official', system: 'http://fhir.nl/fhir/NamingSystem/agb-z', value: '22012345' },
      { use: 'official', system: 'http://fhir.nl/fhir/NamingSystem/kvk', value: '41987654' },
    ]);
    expect(ggz.type).toEqual([{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }], text: 'GGZ' }]);
    expect(bundle.entry[2]!.resource.identifier).toBeUndefined();
    expect(bundle.entry[2]!.resource.type[0].coding[0].code).toBe('govt');
    const affiliation = bundle.entry[3]!.resource;
    expect(affiliation.organization.reference).toBe(`urn:uuid:${NETWORK.id}`);
    const service = bundle.entry[5]!.resource;
    expect(affiliation.healthcareService).toEqual([{ reference: `urn:uuid:${service.id}` }]);
    expect(bundle.entry[4]!.resource.healthcareService).toBeUndefined();
    expect(service.availableTime).toEqual([
      { daysOfWeek: ['mon'], availableStartTime: '00:00:00', availableEndTime: '08:00:00' },
      { daysOfWeek: ['mon', 'tue'], availableStartTime: '08:00:00', availableEndTime: '17:00:00' },
      { daysOfWeek: ['sun'], availableStartTime: '22:00:00', availableEndTime: '23:59:59' },
    ]);
    expect(service.notAvailable).toEqual([{ description: 'Kerst', during: { start: '2026-12-24', end: '2026-12-26' } }]);
    expect(service.telecom).toEqual([
      { system: 'phone', value: '050 123 4567', use: 'work' },
      { system: 'email', value: 'nacht@ggznoord.example', use: 'work' },
    ]);
    expect(service.extraDetails).toBe('Bel de dienstdoende psychiater');
  });

  it('leaves out slots that ended and keeps those that start later, without hours for today', () => {
    const bundle = directoryBundle(
      input({
        slots: [
          { partnerId: GGZ.id, capabilityId: CRISIS.id, weekday: 1, start: '08:00', end: '17:00', validFrom: null, validUntil: '2026-11-30', contact: '050 123 4567' },
          { partnerId: GEMEENTE.id, capabilityId: CRISIS.id, weekday: 2, start: '09:00', end: '17:00', validFrom: '2027-01-01', validUntil: null, contact: '14 050' },
        ],
      }),
    ) as { entry: { resource: Record<string, any> }[] };
    const services = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'HealthcareService');
    expect(services).toHaveLength(1);
    expect(services[0]!.providedBy.display).toBe('Gemeente Noorderstad');
    expect(services[0]!.availableTime).toBeUndefined();
  });

  it('names each sector in Dutch as the web catalog does', () => {
    expect(SECTOR_DUTCH_NAMES).toEqual(nl.sectors);
  });
});
