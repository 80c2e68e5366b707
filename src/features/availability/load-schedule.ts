import { DateTime } from 'luxon';
import type { Queryable } from '../../db/transaction.ts';
import { ZONE, type AvailabilityException, type Slot, type Weekday } from '../../domain/coverage.ts';

/** A query's moment: a date is local midnight in Europe/Amsterdam, anything else an ISO time with offset. */
export function parseMoment(value: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return DateTime.fromISO(value, { zone: ZONE }).toMillis();
  return Date.parse(value);
}

/** An instant as ISO 8601 with the Europe/Amsterdam offset. */
export const toLocalIso = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toISO()!;

const localDate = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toISODate()!;

/**
 * The slots and exceptions of one capability that can matter within [from, to), as the domain's
 * types, and the partners' names. Slots whose validity ends before (or starts after) the period
 * are left in the database; a day either side is kept for night slots on the edges.
 */
export async function loadSchedule(q: Queryable, { networkId, capabilityId, from, to }: { networkId: string; capabilityId: string; from: number; to: number }) {
  const first = localDate(from - 86_400_000);
  const last = localDate(to + 86_400_000);
  const slotRows = await q
    .selectFrom('availability_slots')
    .select(['partner_id', 'weekday', 'start_time', 'end_time', 'valid_from', 'valid_until', 'priority', 'contact'])
    .where('network_id', '=', networkId)
    .where('capability_id', '=', capabilityId)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', last)]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', first)]))
    .execute();
  const exceptionRows = await q
    .selectFrom('availability_exceptions')
    .select(['partner_id', 'from_date', 'until_date'])
    .where('network_id', '=', networkId)
    .where((eb) => eb.or([eb('capability_id', 'is', null), eb('capability_id', '=', capabilityId)]))
    .where('from_date', '<=', last)
    .where('until_date', '>=', first)
    .execute();
  const partnerIds = [...new Set(slotRows.map((r) => r.partner_id))];
  const names = new Map<string, string>();
  if (partnerIds.length > 0) {
    for (const p of await q.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).where('id', 'in', partnerIds).execute()) names.set(p.id, p.name);
  }
  const slots: Slot[] = slotRows.map((r) => ({
    partnerId: r.partner_id,
    weekday: r.weekday as Weekday,
    start: r.start_time,
    end: r.end_time,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    priority: r.priority,
    contact: r.contact,
  }));
  const exceptions: AvailabilityException[] = exceptionRows.map((r) => ({ partnerId: r.partner_id, from: r.from_date, until: r.until_date }));
  return { slots, exceptions, names };
}
