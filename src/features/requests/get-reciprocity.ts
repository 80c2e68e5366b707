import type { AppDeps } from '../../deps.ts';
import type { Membership } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { reciprocity, reciprocityWindowStart } from '../../domain/reciprocity.ts';

/**
 * Per partner, over the last twelve months: fulfilled requests it did for others (given), those
 * others did for it (received) and the balance (DESIGN §5.8), partners by name.
 */
export async function getReciprocity({ db, clock }: AppDeps, { membership }: { membership: Membership }) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  const since = reciprocityWindowStart(now);
  const partners = await db.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute();
  const fulfilled = await db
    .selectFrom('requests')
    .select(['from_partner_id', 'to_partner_id', 'provider_partner_id', 'fulfilled_at'])
    .where('network_id', '=', networkId)
    .where('status', '=', 'fulfilled')
    .where('draft', '=', false)
    .where('fulfilled_at', '>', since)
    .execute();
  const requests = fulfilled.flatMap((r) => {
    const providerId = r.provider_partner_id ?? r.to_partner_id;
    return providerId && r.from_partner_id && r.fulfilled_at ? [{ requesterId: r.from_partner_id, providerId, fulfilledAt: r.fulfilled_at }] : [];
  });
  const names = new Map(partners.map((p) => [p.id, p.name]));
  const balances = reciprocity(
    partners.map((p) => p.id),
    requests,
    now,
  );
  return { since: since.toISOString(), until: now.toISOString(), items: balances.map((b) => ({ ...b, partnerName: names.get(b.partnerId) ?? '' })) };
}
