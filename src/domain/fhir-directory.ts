import { createHash } from 'node:crypto';
import { SECTOR_DUTCH_NAMES, type Sector } from './sectors.ts';

/**
 * The network as a FHIR R4 directory (issue 14): the partner register and the crisis route's
 * availability in the shape the Dutch addressing function ("Generieke Functie Adressering", built on
 * IHE mCSD) and Nictiz's nl-core HealthcareProvider-Organization expect. Pure: the use case loads
 * the rows, this turns them into a Bundle. docs/fhir.md describes every choice made here.
 */

/** The identifier systems of the Dutch registers (fhir.nl naming systems). */
export const IDENTIFIER_SYSTEMS = {
  ura: 'http://fhir.nl/fhir/NamingSystem/ura',
  agb: 'http://fhir.nl/fhir/NamingSystem/agb-z',
  /** nl-core has no slice for the KvK number; the addressing function's IG uses this system. */
  kvk: 'http://fhir.nl/fhir/NamingSystem/kvk',
} as const;

export const PROFILES = {
  mcsdOrganization: 'https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.Organization',
  nlCoreOrganization: 'http://nictiz.nl/fhir/StructureDefinition/nl-core-HealthcareProvider-Organization',
  mcsdAffiliation: 'https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.OrganizationAffiliation',
  mcsdHealthcareService: 'https://profiles.ihe.net/ITI/mCSD/StructureDefinition/IHE.mCSD.HealthcareService',
} as const;

const ORGANIZATION_TYPE = 'http://terminology.hl7.org/CodeSystem/organization-type';
const ORGANIZATION_ROLE = 'http://hl7.org/fhir/organization-role';

/** Each sector as a code of HL7's organisation type code system (the nl-core slice for the Dutch list is optional). */
const SECTOR_TYPE: Record<Sector, { code: string; display: string }> = {
  gemeente: { code: 'govt', display: 'Government' },
  ggz: { code: 'prov', display: 'Healthcare Provider' },
  gehandicaptenzorg: { code: 'prov', display: 'Healthcare Provider' },
  vvt: { code: 'prov', display: 'Healthcare Provider' },
  huisartsenzorg: { code: 'prov', display: 'Healthcare Provider' },
  wijkteam: { code: 'prov', display: 'Healthcare Provider' },
  welzijn: { code: 'cg', display: 'Community Group' },
  jeugdhulp: { code: 'prov', display: 'Healthcare Provider' },
  onderwijs: { code: 'edu', display: 'Educational Institute' },
  'informele-zorg': { code: 'cg', display: 'Community Group' },
  clientvertegenwoordiging: { code: 'cg', display: 'Community Group' },
  zorgverzekeraar: { code: 'ins', display: 'Insurance Company' },
  anders: { code: 'other', display: 'Other' },
};

export interface DirectoryPartner {
  id: string;
  name: string;
  sector: Sector;
  kvk: string | null;
  agb: string | null;
  ura: string | null;
  website: string | null;
}

export interface DirectoryCapability {
  id: string;
  name: string;
  description: string;
  escalation: string;
}

export interface DirectorySlot {
  partnerId: string;
  capabilityId: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** 'HH:MM'; an end at or before the start runs into the next day. */
  start: string;
  end: string;
  validFrom: string | null;
  validUntil: string | null;
  contact: string;
}

export interface DirectoryException {
  partnerId: string;
  /** null: the partner is away for every capability. */
  capabilityId: string | null;
  from: string;
  until: string;
  reason: string;
}

export interface DirectoryInput {
  network: { id: string; name: string };
  partners: DirectoryPartner[];
  capabilities: DirectoryCapability[];
  slots: DirectorySlot[];
  exceptions: DirectoryException[];
  /** The local date (Europe/Amsterdam) the directory describes: slots valid on it are exported. */
  today: string;
  /** The moment of the export, as an ISO instant. */
  timestamp: string;
}

type Json = Record<string, unknown>;

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A stable UUID for something made of two ids (a capability offered by a partner), shaped like a version 5 UUID. */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(parts.join('/')).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const ref = (id: string, display?: string) => ({ reference: `urn:uuid:${id}`, ...(display ? { display } : {}) });

/**
 * A partner as an mCSD and nl-core HealthcareProvider Organization. Its place in the network is an
 * affiliation, not a hierarchy (no partOf): see the OrganizationAffiliation in directoryBundle.
 */
export function partnerOrganization(partner: DirectoryPartner): Json {
  const identifier = (['ura', 'agb', 'kvk'] as const)
    .filter((key) => partner[key])
    .map((key) => ({ use: 'official', system: IDENTIFIER_SYSTEMS[key], value: partner[key]! }));
  const type = SECTOR_TYPE[partner.sector];
  return {
    resourceType: 'Organization',
    id: partner.id,
    meta: { profile: [PROFILES.mcsdOrganization, PROFILES.nlCoreOrganization] },
    ...(identifier.length > 0 ? { identifier } : {}),
    active: true,
    type: [{ coding: [{ system: ORGANIZATION_TYPE, code: type.code, display: type.display }], text: SECTOR_DUTCH_NAMES[partner.sector] }],
    name: partner.name,
    ...(partner.website ? { telecom: [{ system: 'url', value: partner.website, use: 'work' }] } : {}),
  };
}

/** The network itself: an Organization of its own, which the affiliations point to. */
export function networkOrganization(network: Pick<DirectoryInput['network'], 'id' | 'name'>): Json {
  return {
    resourceType: 'Organization',
    id: network.id,
    meta: { profile: [PROFILES.mcsdOrganization] },
    active: true,
    type: [{ coding: [{ system: ORGANIZATION_TYPE, code: 'other', display: 'Other' }], text: 'Samenwerkingsverband' }],
    name: network.name,
  };
}

/** One weekly slot as FHIR availableTime entries: a slot past midnight becomes two, one per day. */
export function slotTimes(slot: Pick<DirectorySlot, 'weekday' | 'start' | 'end'>): Json[] {
  const day = DAYS[slot.weekday - 1]!;
  const next = DAYS[slot.weekday % 7]!;
  const start = `${slot.start}:00`;
  if (slot.end > slot.start) return [{ daysOfWeek: [day], availableStartTime: start, availableEndTime: `${slot.end}:00` }];
  const evening = { daysOfWeek: [day], availableStartTime: start, availableEndTime: '23:59:59' };
  if (slot.end === '00:00') return [evening];
  return [evening, { daysOfWeek: [next], availableStartTime: '00:00:00', availableEndTime: `${slot.end}:00` }];
}

/**
 * A contact route as written in a slot ("Crisisdienst, 050 123 4567", an address, a link) as a
 * ContactPoint: the phone number, e-mail address or link it holds, else the text as it is.
 */
export function contactPoint(contact: string): Json {
  const text = contact.trim();
  const email = /[^\s,;<>]+@[^\s,;<>]+\.[a-z]{2,}/i.exec(text);
  if (email) return { system: 'email', value: email[0], use: 'work' };
  const url = /https?:\/\/\S+/i.exec(text);
  if (url) return { system: 'url', value: url[0], use: 'work' };
  const phone = /\+?\d[\d\s-]{7,}\d/.exec(text);
  if (phone) return { system: 'phone', value: phone[0].replace(/\s+/g, ' '), use: 'work' };
  return { system: 'other', value: text, use: 'work' };
}

const validOn = (slot: DirectorySlot, day: string) => (slot.validFrom === null || slot.validFrom <= day) && (slot.validUntil === null || slot.validUntil >= day);

/** Merges availableTime entries with the same hours into one entry with several days. */
function mergeDays(times: Json[]): Json[] {
  const byHours = new Map<string, Json & { daysOfWeek: string[] }>();
  for (const time of times) {
    const key = `${String(time.availableStartTime)}-${String(time.availableEndTime)}`;
    const found = byHours.get(key);
    if (found) found.daysOfWeek.push(...(time.daysOfWeek as string[]));
    else byHours.set(key, { ...time, daysOfWeek: [...(time.daysOfWeek as string[])] });
  }
  for (const entry of byHours.values()) entry.daysOfWeek = DAYS.filter((d) => entry.daysOfWeek.includes(d));
  return [...byHours.values()].sort((a, b) => DAYS.indexOf(a.daysOfWeek[0] as (typeof DAYS)[number]) - DAYS.indexOf(b.daysOfWeek[0] as (typeof DAYS)[number]) || String(a.availableStartTime).localeCompare(String(b.availableStartTime)));
}

/** A capability of the crisis route as offered by one partner: its weekly hours, its absences and its contact routes. */
export function healthcareService(input: {
  capability: DirectoryCapability;
  partner: DirectoryPartner;
  slots: DirectorySlot[];
  exceptions: DirectoryException[];
  today: string;
}): Json {
  const { capability, partner, slots, exceptions, today } = input;
  const telecom = [...new Map(slots.map((s) => contactPoint(s.contact)).map((c) => [`${String(c.system)}|${String(c.value)}`, c])).values()];
  const notAvailable = exceptions
    .filter((e) => e.until >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((e) => ({ description: e.reason.trim() || 'Niet beschikbaar', during: { start: e.from, end: e.until } }));
  return {
    resourceType: 'HealthcareService',
    id: derivedUuid(capability.id, partner.id),
    meta: { profile: [PROFILES.mcsdHealthcareService] },
    active: true,
    providedBy: ref(partner.id, partner.name),
    type: [{ text: capability.name }],
    name: capability.name,
    ...(capability.description.trim() ? { comment: capability.description.trim() } : {}),
    ...(capability.escalation.trim() ? { extraDetails: capability.escalation.trim() } : {}),
    ...(telecom.length > 0 ? { telecom } : {}),
    availableTime: mergeDays(slots.filter((s) => validOn(s, today)).flatMap(slotTimes)),
    ...(notAvailable.length > 0 ? { notAvailable } : {}),
  };
}

/**
 * The whole directory as a Bundle of type collection: the network's Organization, an Organization
 * per partner, an OrganizationAffiliation per partner in the network (with the services it offers),
 * and a HealthcareService per capability and partner with slots on the given day or later.
 */
export function directoryBundle(input: DirectoryInput): Json {
  const { network, partners, capabilities, slots, exceptions, today, timestamp } = input;
  const services: Json[] = [];
  const servicesOf = new Map<string, string[]>();
  for (const capability of capabilities) {
    for (const partner of partners) {
      const own = slots.filter((s) => s.capabilityId === capability.id && s.partnerId === partner.id && (s.validUntil === null || s.validUntil >= today));
      if (own.length === 0) continue;
      const away = exceptions.filter((e) => e.partnerId === partner.id && (e.capabilityId === null || e.capabilityId === capability.id));
      const service = healthcareService({ capability, partner, slots: own, exceptions: away, today });
      services.push(service);
      servicesOf.set(partner.id, [...(servicesOf.get(partner.id) ?? []), String(service.id)]);
    }
  }
  const affiliations = partners.map((partner) => ({
    resourceType: 'OrganizationAffiliation',
    id: derivedUuid(network.id, partner.id),
    meta: { profile: [PROFILES.mcsdAffiliation] },
    active: true,
    organization: ref(network.id, network.name),
    participatingOrganization: ref(partner.id, partner.name),
    code: [{ coding: [{ system: ORGANIZATION_ROLE, code: 'member', display: 'Member' }] }],
    ...(servicesOf.has(partner.id) ? { healthcareService: servicesOf.get(partner.id)!.map((id) => ref(id)) } : {}),
  }));
  const resources = [networkOrganization(network), ...partners.map(partnerOrganization), ...affiliations, ...services].map(clean);
  return {
    resourceType: 'Bundle',
    id: derivedUuid('directory', network.id, timestamp),
    meta: { lastUpdated: timestamp },
    type: 'collection',
    timestamp,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${String(resource.id)}`, resource })),
  };
}

/** Drops empty arrays (FHIR allows no empty array: a service without weekly hours has no availableTime). */
function clean(resource: Json): Json {
  return Object.fromEntries(Object.entries(resource).filter(([, value]) => !(Array.isArray(value) && value.length === 0)));
}
