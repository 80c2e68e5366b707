import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { availableAt } from '../../domain/coverage.ts';
import { requireCapability } from './availability-views.ts';
import { loadSchedule, parseMoment, toLocalIso } from './load-schedule.ts';

/**
 * "Who can I call now?" (DESIGN §5.6): the partners available for a capability at a moment (now
 * when left out), by priority, each with the contact route of the slot that covers the moment,
 * and whom to escalate to when the list is empty.
 */
export async function getAvailableNow(db: Kysely<DB>, networkId: string, query: { capability: string; at?: string | undefined }, now = Date.now()) {
  const at = query.at === undefined ? now : parseMoment(query.at);
  const capability = await requireCapability(db, networkId, query.capability);
  const { slots, exceptions, names } = await loadSchedule(db, networkId, capability.id, at, at + 1);
  const partners = availableAt(slots, exceptions, at).map((p) => ({ partner: { id: p.partnerId, name: names.get(p.partnerId) ?? '' }, priority: p.priority, contact: p.contact }));
  // The domain breaks ties by id; people read names.
  partners.sort((a, b) => a.priority - b.priority || a.partner.name.localeCompare(b.partner.name, 'nl'));
  return { at: toLocalIso(at), capability: { id: capability.id, name: capability.name, escalation: capability.escalation }, partners };
}
