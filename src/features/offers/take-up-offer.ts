import { inTransaction } from '../../db/transaction.ts';
import { conflict, forbidden, notFound } from '../../errors.ts';
import type { AppDeps } from '../../deps.ts';
import type { Actor, Membership } from '../../domain/membership.ts';
import { insertRequest } from '../requests/insert-request.ts';

/**
 * Takes up another partner's offer: a representative asks the offering partner for it, on behalf
 * of their own partner. The new request goes through the usual open → accepted → fulfilled.
 */
export async function takeUpOffer(
  deps: Pick<AppDeps, 'db' | 'mailer' | 'config'>,
  actor: Actor & { userId: string },
  membership: Membership,
  offerId: string,
  input: { title?: string | undefined; description?: string | undefined },
) {
  if (membership.role !== 'representative' || !membership.partnerId) throw forbidden('Only a representative takes up an offer, for their own partner');
  const fromPartnerId = membership.partnerId;
  return inTransaction(deps.db, async (tx) => {
    const offer = await tx.selectFrom('offers').selectAll().where('id', '=', offerId).where('network_id', '=', membership.networkId).executeTakeFirst();
    if (!offer) throw notFound('Offer not found');
    if (!offer.active) throw conflict('This offer is no longer on the list');
    if (offer.partner_id === fromPartnerId) throw conflict('A partner does not take up its own offer');
    return insertRequest(tx, deps, actor, {
      networkId: membership.networkId,
      fromPartnerId,
      toPartnerId: offer.partner_id,
      offerId,
      title: input.title ?? offer.title,
      description: input.description ?? '',
    });
  });
}
