import { inTransaction, type Queryable } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { permit } from '../../domain/permissions.ts';
import { claimedLevel, MAX_CLAIM, valueGap, VALUE_GAP_FLAG } from '../../domain/value-map.ts';
import { perceivedValue } from './perceived-value.ts';
import { ensureValueDimensions, valueDimensionsOf } from './value-dimensions.ts';

/**
 * The value map as it stands, without seeding: per partner its claims, its claimed level, the value
 * the others perceive (last closed round) and the gap between the two.
 */
export async function readValueMap(q: Queryable, networkId: string, now: Date) {
  const dimensions = await valueDimensionsOf(q, networkId);
  const partners = await q.selectFrom('partners').select(['id', 'name']).where('network_id', '=', networkId).orderBy('name').orderBy('id').execute();
  const claims = await q
    .selectFrom('value_claims')
    .select(['partner_id', 'value_dimension_id', 'score'])
    .where('network_id', '=', networkId)
    .execute();
  const claimsOf = new Map<string, Array<{ dimensionId: string; score: number }>>();
  for (const claim of claims) {
    let list = claimsOf.get(claim.partner_id);
    if (list === undefined) claimsOf.set(claim.partner_id, (list = []));
    list.push({ dimensionId: claim.value_dimension_id, score: claim.score });
  }
  const order = new Map(dimensions.map((d, i) => [d.id, i]));
  const { round, perceived } = await perceivedValue(
    q,
    networkId,
    partners.map((p) => p.id),
    now,
  );
  return {
    dimensions,
    partners: partners.map((p) => {
      const own = (claimsOf.get(p.id) ?? []).sort((a, b) => (order.get(a.dimensionId) ?? 0) - (order.get(b.dimensionId) ?? 0));
      const claimed = claimedLevel(own.map((c) => c.score));
      const seen = perceived.get(p.id) ?? null;
      return { partnerId: p.id, partnerName: p.name, claims: own, claimed, perceived: seen, ...valueGap(claimed, seen?.value ?? null) };
    }),
    round,
    gapThreshold: VALUE_GAP_FLAG,
    maxClaim: MAX_CLAIM,
  };
}

/** The network's value map; the first use gives the network the default value dimensions. */
export async function getValueMap({ db, clock }: AppDeps, { actor, membership }: NetworkCaller) {
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    await ensureValueDimensions(tx, { networkId, actor, now });
    return readValueMap(tx, networkId, now);
  });
}
