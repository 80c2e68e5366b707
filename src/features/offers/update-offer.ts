import { inTransaction } from '../../db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import type { NetworkCaller } from '../../domain/membership.ts';
import { actsForPartner, demand, permit } from '../../domain/permissions.ts';
import { notFound } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findOffer } from './offer-view.ts';

export interface OfferChanges {
  title?: string | undefined;
  description?: string | undefined;
  active?: boolean | undefined;
}

/** Rewords an offer, or takes it off the list (`active: false`) and back; the last change wins. */
export async function updateOffer({ db, clock }: AppDeps, { actor, membership, offerId, changes }: NetworkCaller & { offerId: string; changes: OfferChanges }) {
  // Everyone gets this far so that an unknown offer is a 404 for every role.
  permit(membership, 'network.read');
  const { networkId } = membership;
  const now = clock.now();
  return inTransaction(db, async (tx) => {
    const offer = await tx.selectFrom('offers').selectAll().where('id', '=', offerId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!offer) throw notFound('Offer not found');
    demand(actsForPartner(membership, offer.partner_id), "Only the partner's representatives and the coordinator keep a partner's offers");
    await tx
      .updateTable('offers')
      .set({
        title: changes.title?.trim() ?? offer.title,
        description: changes.description?.trim() ?? offer.description,
        active: changes.active ?? offer.active,
        updated_at: now,
      })
      .where('id', '=', offerId)
      .execute();
    const action = changes.active === false && offer.active ? 'offer.deactivate' : changes.active === true && !offer.active ? 'offer.reactivate' : 'offer.update';
    await recordAudit(tx, actor, { networkId, action, objectType: 'offer', objectId: offerId, details: { title: changes.title?.trim() ?? offer.title } });
    return (await findOffer(tx, networkId, offerId))!;
  });
}
