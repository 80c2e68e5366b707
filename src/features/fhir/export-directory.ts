import type { AppDeps } from '../../deps.ts';
import { dutchToday } from '../../domain/calendar.ts';
import { directoryBundle } from '../../domain/fhir-directory.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';

/**
 * The network's partner register and crisis-route availability as a FHIR R4 Bundle (issue 14):
 * what every role may read on the partner and availability pages, and nothing about people.
 */
export async function exportDirectory({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  const network = await db.selectFrom('networks').select(['id', 'name']).where('id', '=', networkId).executeTakeFirst();
  if (!network) throw notFound('Network not found');
  const [partners, capabilities, slots, exceptions] = await Promise.all([
    db.selectFrom('partners').select(['id', 'name', 'sector', 'kvk', 'agb', 'ura', 'website']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute(),
    db.selectFrom('capabilities').select(['id', 'name', 'description', 'escalation']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute(),
    db
      .selectFrom('availability_slots')
      .select(['partner_id', 'capability_id', 'weekday', 'start_time', 'end_time', 'valid_from', 'valid_until', 'contact'])
      .where('network_id', '=', networkId)
      .orderBy('weekday')
      .orderBy('start_time')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('availability_exceptions')
      .select(['partner_id', 'capability_id', 'from_date', 'until_date', 'reason'])
      .where('network_id', '=', networkId)
      .orderBy('from_date')
      .orderBy('id')
      .execute(),
  ]);
  return directoryBundle({
    network,
    partners,
    capabilities,
    slots: slots.map((s) => ({
      partnerId: s.partner_id,
      capabilityId: s.capability_id,
      weekday: s.weekday,
      start: s.start_time,
      end: s.end_time,
      validFrom: s.valid_from,
      validUntil: s.valid_until,
      contact: s.contact,
    })),
    exceptions: exceptions.map((e) => ({ partnerId: e.partner_id, capabilityId: e.capability_id, from: e.from_date, until: e.until_date, reason: e.reason })),
    today: dutchToday(now),
    timestamp: now.toISOString(),
  });
}
