import type { Selectable } from 'kysely';
import type { AvailabilitySlotsTable, CapabilitiesTable, RequirementsTable } from '../../db/schema.ts';
import type { Queryable } from '../../db/transaction.ts';
import type { Weekday } from '../../domain/coverage.ts';
import type { Membership } from '../../domain/membership.ts';
import { actsForPartner, demand } from '../../domain/permissions.ts';
import { invalid, notFound } from '../../errors.ts';

type RequirementRow = Selectable<RequirementsTable>;

export function toRequirementView(row: RequirementRow) {
  return {
    capabilityId: row.capability_id,
    windows: row.windows === null ? null : row.windows.map((w) => ({ weekday: w.weekday as Weekday, start: w.start, end: w.end })),
    minPartners: row.min_partners,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toCapabilityView(row: Selectable<CapabilitiesTable>, requirement: RequirementRow | undefined, slotCount: number) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    escalation: row.escalation,
    requirement: requirement ? toRequirementView(requirement) : null,
    slotCount,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The network's capabilities by name, or one of them, each with its requirement and number of slots. */
export async function capabilityViews(q: Queryable, networkId: string, capabilityId?: string) {
  let query = q.selectFrom('capabilities').selectAll().where('network_id', '=', networkId);
  if (capabilityId) query = query.where('id', '=', capabilityId);
  const rows = await query.orderBy('name').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const requirements = await q.selectFrom('requirements').selectAll().where('network_id', '=', networkId).where('capability_id', 'in', ids).execute();
  const counts = await q
    .selectFrom('availability_slots')
    .select(['capability_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('network_id', '=', networkId)
    .where('capability_id', 'in', ids)
    .groupBy('capability_id')
    .execute();
  return rows.map((row) =>
    toCapabilityView(
      row,
      requirements.find((r) => r.capability_id === row.id),
      Number(counts.find((c) => c.capability_id === row.id)?.n ?? 0),
    ),
  );
}

/** The capability row, or 404 (also for one of another network). */
export async function requireCapability(q: Queryable, networkId: string, capabilityId: string, lock = false) {
  let query = q.selectFrom('capabilities').selectAll().where('network_id', '=', networkId).where('id', '=', capabilityId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound('Capability not found');
  return row;
}

/** A capability named in a body must be in the network: 400 (a field problem), not 404. */
export async function checkCapabilityField(q: Queryable, networkId: string, capabilityId: string, field = 'capabilityId') {
  const row = await q.selectFrom('capabilities').select(['id', 'name']).where('network_id', '=', networkId).where('id', '=', capabilityId).executeTakeFirst();
  if (!row) throw invalid('No such capability in this network', [{ path: [field], message: 'No such capability in this network' }]);
  return row;
}

/** The partner named in a body must be in the network, and a representative may only act for their own. */
export async function checkPartnerField(q: Queryable, membership: Membership, partnerId: string) {
  const row = await q.selectFrom('partners').select(['id', 'name']).where('network_id', '=', membership.networkId).where('id', '=', partnerId).executeTakeFirst();
  if (!row) throw invalid('No such partner in this network', [{ path: ['partnerId'], message: 'No such partner in this network' }]);
  mayScheduleFor(membership, partnerId);
  return row;
}

/** The coordinator schedules for any partner, a representative for their own partner only. */
export function mayScheduleFor(membership: Membership, partnerId: string) {
  demand(actsForPartner(membership, partnerId), "A representative can only change their own partner's availability");
}

/** Rejects a date range that ends before it starts. */
export function checkDateRange(from: string | null, until: string | null, fields: [string, string]) {
  if (from !== null && until !== null && until < from) {
    throw invalid('The end date is before the start date', [{ path: [fields[1]], message: `Must not be before ${fields[0]}` }]);
  }
}

type SlotRow = Selectable<AvailabilitySlotsTable> & { partner_name: string };

export function selectSlots(q: Queryable, networkId: string) {
  return q
    .selectFrom('availability_slots as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .selectAll('s')
    .select('p.name as partner_name')
    .where('s.network_id', '=', networkId);
}

export function toSlotView(row: SlotRow) {
  return {
    id: row.id,
    capabilityId: row.capability_id,
    partner: { id: row.partner_id, name: row.partner_name },
    weekday: row.weekday as Weekday,
    start: row.start_time,
    end: row.end_time,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    priority: row.priority,
    contact: row.contact,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function findSlot(q: Queryable, networkId: string, slotId: string) {
  const row = await selectSlots(q, networkId).where('s.id', '=', slotId).executeTakeFirst();
  return row ? toSlotView(row) : undefined;
}

export function selectExceptions(q: Queryable, networkId: string) {
  return q
    .selectFrom('availability_exceptions as e')
    .innerJoin('partners as p', 'p.id', 'e.partner_id')
    .innerJoin('users as u', 'u.id', 'e.created_by')
    .selectAll('e')
    .select(['p.name as partner_name', 'u.name as created_by_name'])
    .where('e.network_id', '=', networkId);
}

type ExceptionRow = Awaited<ReturnType<ReturnType<typeof selectExceptions>['executeTakeFirstOrThrow']>>;

export function toExceptionView(row: ExceptionRow) {
  return {
    id: row.id,
    partner: { id: row.partner_id, name: row.partner_name },
    capabilityId: row.capability_id,
    from: row.from_date,
    until: row.until_date,
    reason: row.reason,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
  };
}

export async function findException(q: Queryable, networkId: string, exceptionId: string) {
  const row = await selectExceptions(q, networkId).where('e.id', '=', exceptionId).executeTakeFirst();
  return row ? toExceptionView(row) : undefined;
}
