import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { availableAt } from '../../domain/coverage.ts';
import { requireCapability } from './availability-views.ts';
import { loadSchedule, parseMoment, toLocalIso } from './load-schedule.ts';

/**
 * "Who can I call now?" (DESIGN §5.6): the partners available for a capability at a moment (now
 * when left out), by priority, each with the contact route of the slot that covers the moment,
 * and whom to escalate to when the list is empty.
 */
export async function getAvailableNow({ db, clock }: AppDeps, { membership, query }: { membership: Membership; query: { capability: string; at?: string | undefined } }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const at = query.at === undefined ? clock.now().getTime() : parseMoment(query.at);
  const capability = await requireCapability(db, networkId, query.capability);
  const { slots, exceptions, names } = await loadSchedule(db, { networkId, capabilityId: capability.id, from: at, to: at + 1 });
  const partners = availableAt(slots, exceptions, at).map((p) => ({ partner: { id: p.partnerId, name: names.get(p.partnerId) ?? '' }, priority: p.priority, contact: p.contact }));
  // The domain breaks ties by id; people read names.
  partners.sort((a, b) => a.priority - b.priority || a.partner.name.localeCompare(b.partner.name, 'nl'));
  return { at: toLocalIso(at), capability: { id: capability.id, name: capability.name, escalation: capability.escalation }, partners };
}
