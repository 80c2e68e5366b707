import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForPartner, demand, permit } from '../../domain/permissions.ts';
import { invalid, notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { readValueMap } from './get-value-map.ts';
import { ensureValueDimensions } from './value-dimensions.ts';

export interface SaveValueClaimsOptions extends NetworkCaller {
  partnerId: string;
  /** A score of 0–3 per dimension; null withdraws the claim. */
  claims: Array<{ dimensionId: string; score: number | null }>;
}

/**
 * A partner states its own contribution per value dimension, 0–3 (null withdraws a claim): its
 * representative does, or the coordinator. Dimensions not named keep their claim.
 */
export async function saveValueClaims({ db, clock }: AppDeps, { actor, membership, partnerId, claims }: SaveValueClaimsOptions) {
  // Everyone gets this far so that an unknown partner is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const partner = await tx.selectFrom('partners').select('id').where('id', '=', partnerId).where('network_id', '=', networkId).executeTakeFirst();
    if (!partner) throw notFound('Partner not found');
    demand(actsForPartner(membership, partnerId), "Only the partner's representative or the coordinator states its contribution");
    await ensureValueDimensions(tx, { networkId, actor, now });
    const ids = [...new Set(claims.map((c) => c.dimensionId))];
    if (ids.length !== claims.length) throw invalid('Each dimension once', [{ path: ['claims'], message: 'A dimension is named twice' }]);
    if (ids.length > 0) {
      const known = await tx.selectFrom('value_dimensions').select('id').where('network_id', '=', networkId).where('id', 'in', ids).execute();
      if (known.length !== ids.length) throw invalid('Some dimensions are not on this value map', [{ path: ['claims'], message: 'Unknown dimension' }]);
    }
    for (const claim of claims) {
      if (claim.score === null) {
        await tx.deleteFrom('value_claims').where('value_dimension_id', '=', claim.dimensionId).where('partner_id', '=', partnerId).execute();
      } else {
        const score = claim.score;
        await tx
          .insertInto('value_claims')
          .values({ network_id: networkId, value_dimension_id: claim.dimensionId, partner_id: partnerId, score, updated_by: actor.userId, updated_at: now })
          .onConflict((oc) => oc.columns(['value_dimension_id', 'partner_id']).doUpdateSet({ score, updated_by: actor.userId, updated_at: now }))
          .execute();
      }
    }
    await recordAudit(tx, actor, { networkId, action: 'value_claims.save', objectType: 'partner', objectId: partnerId, details: { claims } });
    return readValueMap(tx, networkId, now);
  });
}
