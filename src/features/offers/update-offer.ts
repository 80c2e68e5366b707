import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { assertMayKeepOffers, findOffer } from './offer-view.ts';

/** Rewords an offer, or takes it off the list (`active: false`) and back; the last change wins. */
export async function updateOffer(db: Kysely<DB>, actor: Actor, membership: Membership, offerId: string, changes: { title?: string | undefined; description?: string | undefined; active?: boolean | undefined }) {
  const { networkId } = membership;
  return inTransaction(db, async (tx) => {
    const offer = await tx.selectFrom('offers').selectAll().where('id', '=', offerId).where('network_id', '=', networkId).forUpdate().executeTakeFirst();
    if (!offer) throw notFound('Offer not found');
    assertMayKeepOffers(membership, offer.partner_id);
    await tx
      .updateTable('offers')
      .set({
        title: changes.title?.trim() ?? offer.title,
        description: changes.description?.trim() ?? offer.description,
        active: changes.active ?? offer.active,
        updated_at: new Date(),
      })
      .where('id', '=', offerId)
      .execute();
    const action = changes.active === false && offer.active ? 'offer.deactivate' : changes.active === true && !offer.active ? 'offer.reactivate' : 'offer.update';
    await recordAudit(tx, actor, { networkId, action, objectType: 'offer', objectId: offerId, details: { title: changes.title?.trim() ?? offer.title } });
    return (await findOffer(tx, networkId, offerId))!;
  });
}
